/**
 * What a review reads from the project itself, beside the preview: coverage and test reports, the
 * redeploy record, the playbook directory, plain credentials in stack config and the QA/prod stack
 * files ({@link dev.readyservice.evidence.qaenv}). It knows nothing of the report: the rules in
 * {@code report.rules} decide the checklist items from it.
 */
package dev.readyservice.evidence;
