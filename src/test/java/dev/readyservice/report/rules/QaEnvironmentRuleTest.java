package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.evidence.qaenv.ConfigDifference;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.Evidence;
import dev.readyservice.report.ItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QaEnvironmentRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final ConfigDifference MAX = new ConfigDifference("readyservice:components[api].capacity.maxInstances", "4", "30", true,
            "capacity is sized per environment");
    private static final ConfigDifference MIN = new ConfigDifference("readyservice:components[api].capacity.minInstances", "1", "3", true,
            "capacity is sized per environment");
    private static final ConfigDifference REDUNDANCY = new ConfigDifference("readyservice:data.redundancy", "ZRS", "GZRS", true,
            "storage redundancy may be lower outside prod");
    private static final ConfigDifference CUSTOMER_FACING = new ConfigDifference("readyservice:components[worker].customerFacing",
            "true", "(absent)", false, "not allowed");

    private static ProjectArtefacts artefacts(String stack, QaParity parity) {
        return new ProjectArtefacts(stack, Optional.empty(), Optional.empty(), Optional.empty(), parity, Map.of());
    }

    @Test
    void identicalStacksPass() {
        assertThat(QaEnvironmentRule.decide(QaParity.compared(List.of())))
                .isEqualTo(new Decision(ItemStatus.PASS, "Pulumi.qa.yaml mirrors Pulumi.prod.yaml exactly"));
    }

    @Test
    void allowedDifferencesPassAndAreListed() {
        assertThat(QaEnvironmentRule.decide(QaParity.compared(List.of(MAX, MIN, REDUNDANCY)))).isEqualTo(new Decision(ItemStatus.PASS,
                "Pulumi.qa.yaml mirrors Pulumi.prod.yaml; 3 allowed differences: readyservice:components[api].capacity.{maxInstances,"
                        + " minInstances}, readyservice:data.redundancy"));
    }

    @Test
    void aDisallowedDifferenceFailsNamingTheKeyAndBothValues() {
        assertThat(QaEnvironmentRule.decide(QaParity.compared(List.of(MAX, CUSTOMER_FACING)))).isEqualTo(new Decision(ItemStatus.FAIL,
                "QA differs from prod where it must not: readyservice:components[worker].customerFacing (qa: true, prod: (absent));"
                        + " 1 allowed difference: readyservice:components[api].capacity.maxInstances"));
        assertThat(QaEnvironmentRule.decide(QaParity.compared(List.of(CUSTOMER_FACING))).reason())
                .isEqualTo("QA differs from prod where it must not: readyservice:components[worker].customerFacing (qa: true, prod: (absent))");
    }

    @Test
    void noQaStackFailsSayingWhatIsMissing() {
        Decision decision = QaEnvironmentRule.decide(QaParity.noQaStack());
        assertThat(decision.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(decision.reason()).startsWith("no QA stack: Pulumi.qa.yaml is absent; create one (`pulumi stack init qa`)");
    }

    @Test
    void noProdStackIsNotMeasuredSayingWhatIsMissing() {
        assertThat(QaEnvironmentRule.decide(QaParity.noProdStack())).isEqualTo(new Decision(ItemStatus.NOT_MEASURED,
                "Pulumi.qa.yaml defines the QA stack, but Pulumi.prod.yaml is absent, so whether QA mirrors prod cannot be checked;"
                        + " measure it with `pulumi stack init prod`"));
    }

    @Test
    void everyStackReportsTheItemTheSameWay() {
        QaParity parity = QaParity.compared(List.of(MAX, CUSTOMER_FACING));
        assertThat(ItemRules.project("quality.qa-environment", artefacts("prod", parity), NOW))
                .isEqualTo(ItemRules.project("quality.qa-environment", artefacts("qa", parity), NOW))
                .extracting(Decision::status).isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.project("quality.qa-environment", artefacts("prod", QaParity.noQaStack()), NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void everyDifferenceIsEvidenceWithBothValuesAndTheRule() {
        List<Evidence> evidence = ItemRules.projectEvidence("quality.qa-environment", artefacts("qa", QaParity.compared(List.of(REDUNDANCY, CUSTOMER_FACING))));

        assertThat(evidence).containsExactly(
                new Evidence("readyservice:data.redundancy", "stack-config-difference", "readyservice:data.redundancy", "",
                        Map.of("qa", "ZRS", "prod", "GZRS", "allowed", "yes", "why", "storage redundancy may be lower outside prod")),
                new Evidence("readyservice:components[worker].customerFacing", "stack-config-difference",
                        "readyservice:components[worker].customerFacing", "worker",
                        Map.of("qa", "true", "prod", "(absent)", "allowed", "no", "why", "not allowed")));
        assertThat(ItemRules.projectEvidence("quality.coverage", artefacts("qa", QaParity.compared(List.of(REDUNDANCY))))).isEmpty();
    }

    @Test
    void keysWithoutAParentAreListedAsTheyAre() {
        assertThat(QaEnvironmentRule.grouped(List.of(new ConfigDifference("plain", "a", "b", true, "w"), REDUNDANCY)))
                .isEqualTo("plain, readyservice:data.redundancy");
    }
}
