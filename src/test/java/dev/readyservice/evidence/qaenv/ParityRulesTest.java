package dev.readyservice.evidence.qaenv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParityRulesTest {
    @Test
    void aSingleStarMatchesOneSegmentAndADoubleStarTheRest() {
        ParityRule capacity = new ParityRule("readyservice:components[*].capacity.*", true, "why");
        assertThat(capacity.matches("readyservice:components[api].capacity.maxInstances")).isTrue();
        assertThat(capacity.matches("readyservice:components[api].capacity")).isFalse();
        assertThat(capacity.matches("readyservice:components[api].capacity.a.b")).isFalse();
        assertThat(capacity.matches("readyservice:components[a.b].capacity.maxInstances")).isFalse();

        ParityRule signOffs = new ParityRule("readyservice:signOffs.**", true, "why");
        assertThat(signOffs.matches("readyservice:signOffs.tech.handover.date")).isTrue();
        assertThat(signOffs.matches("readyservice:signOffsX")).isFalse();
    }

    @Test
    void patternCharactersOtherThanStarsAreLiteral() {
        assertThat(new ParityRule("a.b", true, "why").matches("axb")).isFalse();
        assertThat(new ParityRule("a.b", true, "why").matches("a.b")).isTrue();
    }

    @Test
    void sloTargetsAreNamedAsNotAllowedWhileCapacityIs() {
        assertThat(ParityRules.ruleFor("readyservice:components[api].latencyThresholdMillis").allowed()).isFalse();
        assertThat(ParityRules.ruleFor("readyservice:components[api].latencyThresholdMillis").why()).startsWith("SLO targets must match prod");
        assertThat(ParityRules.ruleFor("readyservice:components[api].capacity.headroom").allowed()).isTrue();
        assertThat(ParityRules.ruleFor("readyservice:paging.escalation.levels[1].targets[0].id").allowed()).isTrue();
        assertThat(ParityRules.ruleFor("readyservice:paging.escalation.levels[1].targets[0].type").allowed()).isFalse();
        assertThat(ParityRules.ruleFor("readyservice:signOffs.tech.handover.by").allowed()).isTrue();
    }

    @Test
    void anUnlistedKeyMustNotDiffer() {
        ParityRule rule = ParityRules.ruleFor("readyservice:product.team");
        assertThat(rule.allowed()).isFalse();
        assertThat(rule.why()).isEqualTo(ParityRules.NOT_LISTED);
        assertThat(ParityRules.rules()).noneMatch(r -> r.matches("readyservice:data.postgres"));
    }

    @Test
    void aDifferenceOutsideAComponentHasNoComponent() {
        assertThat(new ConfigDifference("readyservice:data.redundancy", "ZRS", "GZRS", true, "w").component()).isEmpty();
        assertThat(new ConfigDifference("x.components[api", "a", "b", true, "w").component()).isEmpty();
    }
}
