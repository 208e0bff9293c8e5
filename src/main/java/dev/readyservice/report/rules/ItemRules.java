package dev.readyservice.report.rules;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.NotApplicable;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.deploy.RedeployAssessment;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts.Coverage;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.Evidence;
import dev.readyservice.report.ItemStatus;
import dev.readyservice.review.secrets.ConfigSecrets.PlainCredential;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The status rules of the report (see the package documentation), as pure functions. */
final class ItemRules {
    /** The checklist's coverage floor. */
    static final double COVERAGE_FLOOR = 0.80;

    private ItemRules() {
    }

    static Decision infra(List<PolicyDescriptor> policies, List<Finding> findings, int evidenceCount) {
        return infra(policies, findings, evidenceCount, List.of());
    }

    /**
     * @param notApplicable the reasons the item's policies gave for not applying; the item is
     *     {@code not-applicable} only when nothing proves it and every enabled policy gave one
     */
    static Decision infra(List<PolicyDescriptor> policies, List<Finding> findings, int evidenceCount, List<NotApplicable> notApplicable) {
        List<PolicyDescriptor> enabled = policies.stream().filter(p -> p.enforcementLevel() != EnforcementLevel.DISABLED).toList();
        if (policies.isEmpty()) {
            return new Decision(ItemStatus.FAIL, "no policy in the pack proves this item");
        }
        if (enabled.isEmpty()) {
            return new Decision(ItemStatus.FAIL, "every policy that proves this item is disabled by the policy config");
        }
        List<Finding> blocking = blocking(findings);
        if (!blocking.isEmpty()) {
            return new Decision(ItemStatus.FAIL, describe(blocking));
        }
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.WAIVED)) {
            return new Decision(ItemStatus.WAIVED, "violations are covered by waivers (see findings for reason, approver, expiry)");
        }
        if (evidenceCount == 0) {
            boolean everyPolicySaysSo = enabled.stream().allMatch(p -> notApplicable.stream().anyMatch(n -> n.policy().equals(p.name())));
            if (everyPolicySaysSo) {
                return new Decision(ItemStatus.NOT_APPLICABLE, notApplicable.stream().map(n -> n.policy() + ": " + n.reason())
                        .distinct().collect(java.util.stream.Collectors.joining("; ")));
            }
            return new Decision(ItemStatus.FAIL, "no resource of the policies' evidence types is in the stack");
        }
        StringBuilder reason = new StringBuilder(evidenceCount + (evidenceCount == 1 ? " resource proves it" : " resources prove it"));
        long limits = findings.stream().filter(f -> f.outcome() == Outcome.PLATFORM_LIMIT).count();
        if (limits > 0) {
            reason.append("; ").append(limits).append(" documented platform limit").append(limits == 1 ? "" : "s");
        }
        long staged = findings.stream().filter(f -> f.outcome() == Outcome.STAGED).count();
        if (staged > 0) {
            reason.append("; ").append(staged).append(" staged finding").append(staged == 1 ? "" : "s").append(" to fix before it becomes mandatory");
        }
        return new Decision(ItemStatus.PASS, reason.toString());
    }

    /**
     * Combines the pack's decision on {@code tech.playbooks} with the report's own playbook-link
     * check. A missing playbook file fails the item whatever the pack said (a waiver of the pack's
     * policy does not cover it). When the playbook directory is absent the links could not be
     * checked: a passing item becomes {@code not-measured} (never a pass, an open action that
     * names the directory), and any other status stands with the note added.
     */
    static Decision playbooks(Decision pack, PlaybookLinks.Result links, Playbooks playbooks) {
        if (!links.missing().isEmpty()) {
            int n = links.missing().size();
            String own = n + (n == 1 ? " playbook link does" : " playbook links do") + " not resolve in " + playbooks.directory();
            return new Decision(ItemStatus.FAIL, pack.status() == ItemStatus.FAIL ? pack.reason() + "; " + own : own);
        }
        if (links.unchecked() > 0) {
            String note = links.unchecked() + " playbook link(s) could not be checked: " + playbooks.directory()
                    + " does not exist (point --playbooks at the playbook directory)";
            return pack.status() == ItemStatus.PASS
                    ? new Decision(ItemStatus.NOT_MEASURED, pack.reason() + "; but " + note)
                    : new Decision(pack.status(), pack.reason() + "; " + note);
        }
        if (links.checked() > 0 && pack.status() == ItemStatus.PASS) {
            return new Decision(ItemStatus.PASS, pack.reason() + "; " + links.checked() + " playbook link(s) resolve in "
                    + playbooks.directory());
        }
        return pack;
    }

    /**
     * Combines the pack's decision on {@code security.encryption-at-rest} with the report's own check
     * for credentials in plain config ({@link PlainConfigCredentials}): any such key fails the item,
     * named, whatever the pack said.
     */
    static Decision plainCredentials(Decision pack, List<PlainCredential> plain) {
        if (plain.isEmpty()) {
            return pack;
        }
        String own = plain.size() + (plain.size() == 1 ? " credential is" : " credentials are") + " kept in plain stack config ("
                + plain.stream().map(c -> c.file() + ": " + c.key()).collect(java.util.stream.Collectors.joining(", "))
                + "); store them with `pulumi config set --secret`";
        return new Decision(ItemStatus.FAIL, pack.status() == ItemStatus.FAIL ? pack.reason() + "; " + own : own);
    }

    static Decision signOff(List<PolicyDescriptor> policies, List<Finding> findings, Optional<Evidence> record) {
        List<Finding> blocking = blocking(findings);
        if (!blocking.isEmpty()) {
            return new Decision(ItemStatus.MISSING_SIGN_OFF, describe(blocking));
        }
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.WAIVED)) {
            return new Decision(ItemStatus.WAIVED, "the missing sign-off is covered by a waiver");
        }
        boolean checked = policies.stream().anyMatch(p -> p.enforcementLevel() != EnforcementLevel.DISABLED);
        String recorded = record.map(r -> "signed off by " + r.properties().getOrDefault("by", "?") + " on "
                + r.properties().getOrDefault("date", "?")).orElse("");
        if (checked) {
            return new Decision(ItemStatus.SIGNED_OFF, recorded.isEmpty() ? "the sign-off policy found a valid record" : recorded);
        }
        return record.isPresent()
                ? new Decision(ItemStatus.SIGNED_OFF, recorded + " (no policy checks its freshness)")
                : new Decision(ItemStatus.MISSING_SIGN_OFF, "no sign-off is recorded and no policy checks one");
    }

    static Decision project(String itemId, ProjectArtefacts artefacts, Instant now) {
        String problem = artefacts.problems().get(itemId);
        if (problem != null) {
            return new Decision(ItemStatus.FAIL, problem);
        }
        return switch (itemId) {
            case "quality.coverage" -> artefacts.coverage().map(ItemRules::coverage)
                    .orElse(notMeasured(ProjectArtefacts.JACOCO + " is absent", "mvn verify"));
            case "quality.automated-tests" -> artefacts.tests().map(ItemRules::tests)
                    .orElse(notMeasured("no test reports under target/surefire-reports or target/failsafe-reports", "mvn verify"));
            case "quality.redeploy-time" -> artefacts.redeploy().map(r -> redeploy(r, artefacts, now))
                    .orElse(notMeasured(String.join(" and ", ProjectArtefacts.redeployPaths(artefacts.stack()))
                            + (ProjectArtefacts.redeployPaths(artefacts.stack()).size() == 1 ? " is absent" : " are absent"),
                            "./prr time-redeploy --stack " + ProjectArtefacts.REDEPLOY_STACK));
            case "quality.qa-environment" -> QaEnvironmentRule.decide(artefacts.qaEnvironment());
            default -> new Decision(ItemStatus.FAIL, "no measurement is known for project item " + itemId);
        };
    }

    /** The evidence of a project item: the QA/prod config differences for {@code quality.qa-environment}, else none. */
    static List<Evidence> projectEvidence(String itemId, ProjectArtefacts artefacts) {
        return itemId.equals("quality.qa-environment") ? QaEnvironmentRule.evidence(artefacts.qaEnvironment()) : List.of();
    }

    private static Decision coverage(Coverage coverage) {
        String measured = String.format(Locale.ROOT, "line coverage %.1f%% (%d of %d lines)", coverage.ratio() * 100,
                coverage.coveredLines(), coverage.coveredLines() + coverage.missedLines());
        return coverage.ratio() >= COVERAGE_FLOOR
                ? new Decision(ItemStatus.PASS, measured)
                : new Decision(ItemStatus.FAIL, measured + " is below 80%");
    }

    private static Decision tests(ProjectArtefacts.TestRun run) {
        String measured = run.unitTests() + " unit and " + run.integrationTests() + " integration tests ran, "
                + run.failures() + " failed, " + run.errors() + " errors, " + run.skipped() + " skipped";
        return run.total() > 0 && run.failures() == 0 && run.errors() == 0
                ? new Decision(ItemStatus.PASS, measured)
                : new Decision(ItemStatus.FAIL, measured);
    }

    /**
     * Judged by the record itself ({@link RedeployRecord#assess}): a pass needs a fresh record of a run
     * with the installed provider plugins whose redeploy phase succeeded within the budget, not only a
     * {@code pass} verdict.
     */
    private static Decision redeploy(RedeployRecord record, ProjectArtefacts artefacts, Instant now) {
        // The record may be QA's, handed to a prod review: it is measured again where it was measured.
        String again = "./prr time-redeploy --stack " + record.stack();
        RedeployAssessment assessment = record.assess(Clock.fixed(now, ZoneOffset.UTC), artefacts.redeployMaxAge());
        return switch (assessment.status()) {
            case PASS -> new Decision(ItemStatus.PASS, assessment.detail());
            case FAIL -> new Decision(ItemStatus.FAIL, assessment.detail() + "; measure it again with `" + again + "` once fixed");
            // A record of stand-ins (or from an older prr) says itself why it does not count and what to run.
            case NOT_MEASURED -> !record.measuredTheCloud()
                    ? new Decision(ItemStatus.NOT_MEASURED, ProjectArtefacts.redeployPath(record.stack()) + ": " + assessment.detail())
                    : notMeasured(ProjectArtefacts.redeployPath(record.stack()) + " was recorded at " + record.recordedAt()
                    + ", more than " + artefacts.redeployMaxAge().toDays() + " days ago", again);
        };
    }

    private static Decision notMeasured(String why, String command) {
        return new Decision(ItemStatus.NOT_MEASURED, why + "; measure it with `" + command + "`");
    }

    /** Violations, undecided checks and unassessed resources at any enabled level, and staged findings once mandatory. */
    private static List<Finding> blocking(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.level() != EnforcementLevel.DISABLED)
                .filter(f -> f.blocks() || (f.outcome() == Outcome.STAGED && f.level() == EnforcementLevel.MANDATORY))
                .toList();
    }

    private static String describe(List<Finding> blocking) {
        long undecided = blocking.stream().filter(f -> f.outcome() == Outcome.UNDECIDED).count();
        long notChecked = blocking.stream().filter(f -> f.outcome() == Outcome.NOT_CHECKED).count();
        long unassessed = blocking.stream().filter(f -> f.outcome() == Outcome.UNASSESSED).count();
        long mandatory = blocking.stream().filter(f -> f.level() != EnforcementLevel.ADVISORY).count();
        long violations = blocking.size() - undecided - notChecked - unassessed;
        StringBuilder text = new StringBuilder();
        if (notChecked > 0) {
            text.append("not checked as prod requires: ").append(notChecked).append(notChecked == 1 ? " setting bypasses" : " settings bypass")
                    .append(" it (see findings)");
        }
        if (violations > 0) {
            text.append(text.length() > 0 ? "; " : "").append(violations).append(violations == 1 ? " violation" : " violations");
        }
        if (undecided > 0) {
            text.append(text.length() > 0 ? " and " : "").append(undecided).append(" undecided (values unknown in preview)");
        }
        if (unassessed > 0) {
            text.append(text.length() > 0 ? " and " : "").append(unassessed)
                    .append(unassessed == 1 ? " resource" : " resources").append(" unassessed (no policy judges the type yet)");
        }
        return text.append(" (").append(mandatory).append(" mandatory, ").append(blocking.size() - mandatory).append(" advisory)").toString();
    }
}
