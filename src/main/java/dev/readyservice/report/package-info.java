/**
 * The Production Readiness Review report: one entry per checklist item, decided from a preview, the
 * policy pack's findings and the project's own artefacts, written as Markdown, JSON, HTML, JUnit XML
 * and SARIF.
 *
 * <h2>How an item's status is decided</h2>
 * <ul>
 *   <li><b>infra</b>: {@code fail} when the pack has no enabled policy for the item, when any policy
 *       reports a violation or an undecided check <em>at any enforcement level</em>, or when no
 *       resource of the policies' evidence types is in the stack (unless every enabled policy said,
 *       with a reason of its own, that it does not apply: then {@code not-applicable} with those
 *       reasons); {@code waived} when the only findings are waived; {@code pass} otherwise. Advisory violations fail the item on purpose:
 *       the enforcement level decides whether {@code pulumi up} is blocked, not whether the
 *       checklist line is met, and an SRE reading a QA report must see what prod would reject.
 *       The finding keeps its level so the reader sees it was advisory. Platform-limit findings are
 *       listed on a passing item as documented limits; staged findings (advisory until their date)
 *       are listed as open actions and fail only once reported as mandatory.</li>
 *   <li><b>sign-off</b>: {@code missing-sign-off} on any violation or undecided finding, or when no
 *       policy checks it and the {@code ReadyService} inputs hold no record; {@code waived} when
 *       only waived; {@code signed-off} otherwise.</li>
 *   <li><b>project</b>: read from the project's artefacts; an absent artefact is
 *       {@code not-measured} with the command that measures it, never a pass.
 *       {@code quality.qa-environment} is decided the same way whichever stack is reviewed: {@code fail}
 *       without {@code Pulumi.qa.yaml} or when it differs from {@code Pulumi.prod.yaml} where
 *       {@link dev.readyservice.evidence.qaenv.ParityRules} forbids it (naming the key and both values),
 *       {@code not-measured} when there is no prod stack file to compare with, {@code pass} otherwise;
 *       every difference, allowed or not, is listed as the item's evidence.</li>
 * </ul>
 * <p>{@code tech.playbooks} also gets the report's own check, because only the review sees the
 * project's files: every monitor's {@code Playbook:} link {@code <anything>/<name>.md} must have
 * {@code <name>.md} in the playbook directory ({@code --playbooks}, default {@code docs/playbooks}).
 * A missing file is a mandatory {@code missing-playbook-file} finding naming the monitor and the
 * link, and fails the item even when the pack passed or waived it. When the directory does not
 * exist the links could not be checked: an item the pack passed becomes {@code not-measured} (an
 * open action, never a pass); an item the pack failed or waived keeps that status with a note.
 * <p>{@code security.encryption-at-rest} gets the report's own check too: a credential-looking value
 * kept in plain stack config ({@code Pulumi.yaml} defaults or the reviewed stack's file) is a
 * {@code disallow-plain-config-credentials} finding naming the file and the key, never the value
 * (mandatory in prod, advisory elsewhere), and fails the item whatever the pack said.
 * <p>The JSON report holds every item's whole evidence; Markdown and HTML show the counts, every
 * entry a finding names or a rule forbids, then a bounded sample ({@code EvidenceExcerpt}).
 * The verdict is {@code ready} when no item is {@code fail} or {@code missing-sign-off}.
 * {@code not-measured} items do not block it: they are listed as open actions, because a review
 * run on a fresh clone cannot have them yet and CI gates prod on the measured report.
 */
package dev.readyservice.report;
