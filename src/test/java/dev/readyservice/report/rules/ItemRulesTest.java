package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.NotApplicable;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.deploy.PhaseName;
import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PhaseStatus;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.deploy.Verdict;
import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.Evidence;
import dev.readyservice.report.ItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemRulesTest {
    /** A run with the installed provider plugins on a cloud backend: the only kind the report counts. */
    static final RedeployProvenance REAL = new RedeployProvenance("https://api.pulumi.com", List.of());
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final PolicyDescriptor MANDATORY = policy(EnforcementLevel.MANDATORY);

    private static PolicyDescriptor policy(EnforcementLevel level) {
        return new PolicyDescriptor("enable-backups", List.of("security.backups"), level, false, List.of("t"), "");
    }

    private static Finding finding(EnforcementLevel level, Outcome outcome) {
        return new Finding("enable-backups", List.of("security.backups"), level, outcome, "m", "urn:x");
    }

    private static ItemStatus infra(List<Finding> findings, int evidence) {
        return ItemRules.infra(List.of(MANDATORY), findings, evidence).status();
    }

    @Test
    void infraPassesWithEvidenceAndNoFindings() {
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(), 2)).isEqualTo(new Decision(ItemStatus.PASS, "2 resources prove it"));
    }

    @Test
    void infraFailsWithoutEvidenceEvenWithoutFindings() {
        assertThat(infra(List.of(), 0)).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void infraFailsWithoutAPolicyOrWithOnlyDisabledOnes() {
        assertThat(ItemRules.infra(List.of(), List.of(), 3).reason()).isEqualTo("no policy in the pack proves this item");
        assertThat(ItemRules.infra(List.of(policy(EnforcementLevel.DISABLED)), List.of(), 3).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void infraFailsOnMandatoryAndOnAdvisoryViolations() {
        assertThat(infra(List.of(finding(EnforcementLevel.MANDATORY, Outcome.VIOLATION)), 1)).isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(finding(EnforcementLevel.ADVISORY, Outcome.VIOLATION)), 1).reason())
                .isEqualTo("1 violation (0 mandatory, 1 advisory)");
    }

    @Test
    void undecidedNeverPasses() {
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(finding(EnforcementLevel.ADVISORY, Outcome.UNDECIDED),
                finding(EnforcementLevel.MANDATORY, Outcome.VIOLATION)), 1).reason())
                .isEqualTo("1 violation and 1 undecided (values unknown in preview) (1 mandatory, 1 advisory)");
    }

    @Test
    void unassessedNeverPasses() {
        Decision decision = ItemRules.infra(List.of(MANDATORY), List.of(finding(EnforcementLevel.MANDATORY, Outcome.UNASSESSED)), 1);
        assertThat(decision.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(decision.reason()).isEqualTo("1 resource unassessed (no policy judges the type yet) (1 mandatory, 0 advisory)");
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(finding(EnforcementLevel.ADVISORY, Outcome.UNASSESSED),
                finding(EnforcementLevel.ADVISORY, Outcome.UNASSESSED)), 1).reason())
                .isEqualTo("2 resources unassessed (no policy judges the type yet) (0 mandatory, 2 advisory)");
    }

    @Test
    void onlyWaivedFindingsWaiveTheItem() {
        assertThat(infra(List.of(finding(EnforcementLevel.MANDATORY, Outcome.WAIVED)), 1)).isEqualTo(ItemStatus.WAIVED);
        assertThat(infra(List.of(finding(EnforcementLevel.MANDATORY, Outcome.WAIVED), finding(EnforcementLevel.MANDATORY, Outcome.VIOLATION)), 1))
                .isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void platformLimitsAndAdvisoryStagedFindingsStillPass() {
        Decision decision = ItemRules.infra(List.of(MANDATORY), List.of(finding(EnforcementLevel.MANDATORY, Outcome.PLATFORM_LIMIT),
                finding(EnforcementLevel.ADVISORY, Outcome.STAGED)), 1);
        assertThat(decision.status()).isEqualTo(ItemStatus.PASS);
        assertThat(decision.reason()).isEqualTo("1 resource proves it; 1 documented platform limit; 1 staged finding to fix before it becomes mandatory");
    }

    @Test
    void anItemIsNotApplicableOnlyWhenEveryPolicySaysSoAndNothingProvesIt() {
        NotApplicable reason = new NotApplicable("enable-backups", "no stateful resource", "");
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(), 0, List.of(reason, reason)))
                .isEqualTo(new Decision(ItemStatus.NOT_APPLICABLE, "enable-backups: no stateful resource"));
        PolicyDescriptor other = new PolicyDescriptor("other", List.of("security.backups"), EnforcementLevel.ADVISORY, false, List.of(), "");
        assertThat(ItemRules.infra(List.of(MANDATORY, other), List.of(), 0, List.of(reason)).status()).isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(), 1, List.of(reason)).status()).isEqualTo(ItemStatus.PASS);
        assertThat(ItemRules.infra(List.of(MANDATORY), List.of(finding(EnforcementLevel.MANDATORY, Outcome.VIOLATION)), 0, List.of(reason)).status())
                .isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void aStagedFindingFailsOnceMandatory() {
        assertThat(infra(List.of(finding(EnforcementLevel.MANDATORY, Outcome.STAGED)), 1)).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void findingsOfADisabledLevelAreIgnored() {
        assertThat(infra(List.of(finding(EnforcementLevel.DISABLED, Outcome.VIOLATION)), 1)).isEqualTo(ItemStatus.PASS);
    }

    private static final Evidence RECORD = new Evidence("urn:rs", "readiness:index:ReadyService", "shop", "",
            Map.of("by", "ana", "date", "2026-11-01"));

    @Test
    void signOffIsSignedOffWhenThePolicyFindsNothing() {
        assertThat(ItemRules.signOff(List.of(MANDATORY), List.of(), Optional.of(RECORD)))
                .isEqualTo(new Decision(ItemStatus.SIGNED_OFF, "signed off by ana on 2026-11-01"));
        assertThat(ItemRules.signOff(List.of(MANDATORY), List.of(), Optional.empty()).status()).isEqualTo(ItemStatus.SIGNED_OFF);
    }

    @Test
    void signOffIsMissingOnAnyViolation() {
        assertThat(ItemRules.signOff(List.of(MANDATORY), List.of(finding(EnforcementLevel.ADVISORY, Outcome.VIOLATION)), Optional.of(RECORD)).status())
                .isEqualTo(ItemStatus.MISSING_SIGN_OFF);
        assertThat(ItemRules.signOff(List.of(MANDATORY), List.of(finding(EnforcementLevel.MANDATORY, Outcome.WAIVED)), Optional.empty()).status())
                .isEqualTo(ItemStatus.WAIVED);
    }

    @Test
    void signOffWithoutAPolicyNeedsARecord() {
        assertThat(ItemRules.signOff(List.of(), List.of(), Optional.empty()).status()).isEqualTo(ItemStatus.MISSING_SIGN_OFF);
        assertThat(ItemRules.signOff(List.of(policy(EnforcementLevel.DISABLED)), List.of(), Optional.of(RECORD)).reason())
                .isEqualTo("signed off by ana on 2026-11-01 (no policy checks its freshness)");
    }

    private static ProjectArtefacts artefacts(ProjectArtefacts.Coverage coverage, ProjectArtefacts.TestRun tests,
            RedeployRecord redeploy, boolean qa) {
        return new ProjectArtefacts("qa", Optional.ofNullable(coverage), Optional.ofNullable(tests), Optional.ofNullable(redeploy),
                qa ? QaParity.compared(List.of()) : QaParity.noQaStack(), Map.of());
    }

    @Test
    void projectItemsAreNotMeasuredWithoutArtefactsAndSayHowToMeasure() {
        ProjectArtefacts none = ProjectArtefacts.none("prod");
        assertThat(ItemRules.project("quality.coverage", none, NOW).status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(ItemRules.project("quality.automated-tests", none, NOW).reason()).contains("`mvn verify`");
        assertThat(ItemRules.project("quality.redeploy-time", none, NOW).reason())
                .isEqualTo("target/prr/prod/redeploy.json and target/prr/qa/redeploy.json are absent; measure it with `./prr time-redeploy --stack qa`");
        assertThat(ItemRules.project("quality.redeploy-time", ProjectArtefacts.none("qa"), NOW).reason())
                .isEqualTo("target/prr/qa/redeploy.json is absent; measure it with `./prr time-redeploy --stack qa`");
        // No QA stack is a fact, not a missing measurement (see QaEnvironmentRule).
        assertThat(ItemRules.project("quality.qa-environment", none, NOW).status()).isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.project("quality.unknown", none, NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void coveragePassesFromEightyPercent() {
        assertThat(ItemRules.project("quality.coverage", artefacts(new ProjectArtefacts.Coverage(80, 20), null, null, false), NOW))
                .isEqualTo(new Decision(ItemStatus.PASS, "line coverage 80.0% (80 of 100 lines)"));
        assertThat(ItemRules.project("quality.coverage", artefacts(new ProjectArtefacts.Coverage(799, 201), null, null, false), NOW))
                .isEqualTo(new Decision(ItemStatus.FAIL, "line coverage 79.9% (799 of 1000 lines) is below 80%"));
        assertThat(new ProjectArtefacts.Coverage(0, 0).ratio()).isZero();
    }

    @Test
    void testsPassOnlyWhenSomeRanAndNoneFailed() {
        assertThat(ItemRules.project("quality.automated-tests", artefacts(null, new ProjectArtefacts.TestRun(3, 0, 0, 0, 0), null, false), NOW).status())
                .isEqualTo(ItemStatus.PASS);
        assertThat(ItemRules.project("quality.automated-tests", artefacts(null, new ProjectArtefacts.TestRun(3, 1, 1, 0, 0), null, false), NOW).status())
                .isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.project("quality.automated-tests", artefacts(null, new ProjectArtefacts.TestRun(3, 0, 0, 1, 0), null, false), NOW).status())
                .isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.project("quality.automated-tests", artefacts(null, new ProjectArtefacts.TestRun(0, 0, 0, 0, 4), null, false), NOW).status())
                .isEqualTo(ItemStatus.FAIL);
    }

    /** A record as {@code prr time-redeploy} writes it: a converge phase, then the timed redeploy. */
    private static RedeployRecord redeploy(double seconds, PhaseStatus status, Verdict verdict, String recordedAt) {
        List<PhaseRecord> phases = List.of(new PhaseRecord(PhaseName.CONVERGE, 250, ResourceChanges.NONE, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, seconds, ResourceChanges.NONE, status));
        return new RedeployRecord("qa", 300, phases, verdict, verdict == Verdict.PASS ? null : PhaseName.REDEPLOY,
                Instant.parse(recordedAt), "3.140.0", Map.of(), REAL);
    }

    @Test
    void redeployPassesOnlyWhenTheRedeployPhaseSucceededWithinBudgetAndTheVerdictIsPass() {
        assertThat(ItemRules.project("quality.redeploy-time", artefacts(null, null,
                redeploy(212, PhaseStatus.SUCCEEDED, Verdict.PASS, "2026-11-20T10:00:00Z"), false), NOW))
                .isEqualTo(new Decision(ItemStatus.PASS,
                        "stack 'qa' redeployed in 212.0 s, within the 300 s budget (2026-11-20T10:00:00Z)"));
        assertThat(ItemRules.project("quality.redeploy-time", artefacts(null, null,
                redeploy(301, PhaseStatus.SUCCEEDED, Verdict.FAIL, "2026-11-20T10:00:00Z"), false), NOW))
                .isEqualTo(new Decision(ItemStatus.FAIL, "stack 'qa' redeployed in 301.0 s, over the 300 s budget "
                        + "(2026-11-20T10:00:00Z); measure it again with `./prr time-redeploy --stack qa` once fixed"));
        // A hand-edited pass verdict does not hide a failed phase.
        assertThat(ItemRules.project("quality.redeploy-time", artefacts(null, null,
                redeploy(100, PhaseStatus.FAILED, Verdict.PASS, "2026-11-20T10:00:00Z"), false), NOW).status()).isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.project("quality.redeploy-time", artefacts(null, null,
                redeploy(100, PhaseStatus.SUCCEEDED, Verdict.FAIL, "2026-11-20T10:00:00Z"), false), NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void aRedeployRecordOfStandInsOrWithoutProvidersIsNotMeasuredWhateverItTimed() {
        RedeployRecord fast = redeploy(42, PhaseStatus.SUCCEEDED, Verdict.PASS, "2026-11-20T10:00:00Z");
        RedeployRecord standIns = new RedeployRecord(fast.stack(), fast.budgetSeconds(), fast.phases(), fast.verdict(), null,
                fast.recordedAt(), fast.pulumiVersion(), fast.plugins(),
                new RedeployProvenance("file:///tmp/state", List.of("azure-native", "datadog", "pagerduty")));
        RedeployRecord older = new RedeployRecord(fast.stack(), fast.budgetSeconds(), fast.phases(), fast.verdict(), null,
                fast.recordedAt(), fast.pulumiVersion(), fast.plugins(), null);

        Decision standInDecision = ItemRules.project("quality.redeploy-time", artefacts(null, null, standIns, false), NOW);
        assertThat(standInDecision.status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(standInDecision.reason()).startsWith("target/prr/qa/redeploy.json: redeploy record of stack 'qa' (recorded at"
                + " 2026-11-20T10:00:00Z, backend file:///tmp/state) timed providers attached with PULUMI_DEBUG_PROVIDERS"
                + " (azure-native, datadog, pagerduty), such as ReadyService's stand-ins")
                .endsWith("`./prr time-redeploy --stack qa`");
        Decision olderDecision = ItemRules.project("quality.redeploy-time", artefacts(null, null, older, false), NOW);
        assertThat(olderDecision.status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(olderDecision.reason()).contains("written by a prr older than those fields").endsWith("`./prr time-redeploy --stack qa`");
        // The same timings from the installed plugins pass.
        assertThat(ItemRules.project("quality.redeploy-time", artefacts(null, null, fast, false), NOW).status()).isEqualTo(ItemStatus.PASS);
    }

    @Test
    void aRedeployRecordOlderThanTheAllowedAgeNoLongerCounts() {
        RedeployRecord fast = redeploy(42, PhaseStatus.SUCCEEDED, Verdict.PASS, "2026-10-27T11:59:59Z");

        assertThat(ItemRules.project("quality.redeploy-time", artefacts(null, null, fast, false), NOW)).isEqualTo(new Decision(
                ItemStatus.NOT_MEASURED, "target/prr/qa/redeploy.json was recorded at 2026-10-27T11:59:59Z, more than 30 days ago; "
                        + "measure it with `./prr time-redeploy --stack qa`"));
        ProjectArtefacts strict = new ProjectArtefacts("qa", Optional.empty(), Optional.empty(),
                Optional.of(redeploy(42, PhaseStatus.SUCCEEDED, Verdict.PASS, "2026-11-25T12:00:00Z")), QaParity.noQaStack(), Map.of(),
                Playbooks.absent(Playbooks.DEFAULT_DIRECTORY), java.time.Duration.ofDays(1));
        assertThat(ItemRules.project("quality.redeploy-time", strict, NOW).status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(ItemRules.project("quality.redeploy-time", strict, Instant.parse("2026-11-26T11:00:00Z")).status())
                .isEqualTo(ItemStatus.PASS);
    }

    @Test
    void anUnreadableArtefactFails() {
        ProjectArtefacts broken = new ProjectArtefacts("qa", Optional.empty(), Optional.empty(), Optional.empty(),
                QaParity.compared(List.of()), Map.of("quality.coverage", "target/site/jacoco/jacoco.xml cannot be read: bad"));
        assertThat(ItemRules.project("quality.coverage", broken, NOW))
                .isEqualTo(new Decision(ItemStatus.FAIL, "target/site/jacoco/jacoco.xml cannot be read: bad"));
        assertThat(ItemRules.project("quality.qa-environment", broken, NOW).status()).isEqualTo(ItemStatus.PASS);
    }
}
