/**
 * The SRE handover pack ({@code handover.md}): what an on-call engineer needs on day one, read from
 * the PRR report alone (its {@link dev.readyservice.report.HandoverFacts}, which
 * {@code report.rules} read from the preview's inputs) — architecture, alerts with thresholds, routing and
 * playbooks, SLOs with error budgets, the PagerDuty escalation path, backups and how to restore,
 * the capacity plan and the change process.
 *
 * <p>Values the cloud computes are shown as "(known after deploy)"; secret inputs are never read
 * past their secret marker, so no secret value can reach the document. Every section works for
 * programs that do not use {@code ReadyService} and says so plainly when it has nothing to show.
 */
package dev.readyservice.report.handover;
