package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Enforcement levels as the policy config spells them. */
class EnforcementLevelTest {

    @Test
    void parsesEnforcementLevelsByTheirConfigNames() {
        assertThat(EnforcementLevel.parse("mandatory")).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(EnforcementLevel.ADVISORY.wireName()).isEqualTo("advisory");
        assertThatThrownBy(() -> EnforcementLevel.parse("Mandatory"))
                .hasMessage("enforcementLevel 'Mandatory' is not one of advisory, mandatory, disabled, remediate");
    }
}
