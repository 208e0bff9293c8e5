package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How a policy's message marks its outcome, and which outcomes block. */
class OutcomeTest {

    @Test
    void readsEveryOutcomeMarkerAndStripsIt() {
        assertThat(Outcome.of("[waived] reason: x")).isEqualTo(Outcome.WAIVED);
        assertThat(Outcome.of("  [undecided] id unknown")).isEqualTo(Outcome.UNDECIDED);
        assertThat(Outcome.of("[unassessed] azure-native:sql:Database 'orders-db' needs backup evidence")).isEqualTo(Outcome.UNASSESSED);
        assertThat(Outcome.stripMarker("[unassessed] azure-native:sql:Database 'orders-db'")).isEqualTo("azure-native:sql:Database 'orders-db'");
        assertThat(Outcome.of("[platform-limit] TLS1_2 is the highest")).isEqualTo(Outcome.PLATFORM_LIMIT);
        assertThat(Outcome.of("[staged] mandatory from 2027-01-01")).isEqualTo(Outcome.STAGED);
        assertThat(Outcome.stripMarker("[staged] mandatory from 2027-01-01")).isEqualTo("mandatory from 2027-01-01");
    }

    @Test
    void aMessageWithoutAKnownMarkerIsAViolation() {
        assertThat(Outcome.of("storage is not encrypted [waived]")).isEqualTo(Outcome.VIOLATION);
        assertThat(Outcome.of("[waiver] typo")).isEqualTo(Outcome.VIOLATION);
        assertThat(Outcome.of(null)).isEqualTo(Outcome.VIOLATION);
        assertThat(Outcome.stripMarker("[waiver] typo")).isEqualTo("[waiver] typo");
    }

    @Test
    void onlyViolationsUndecidedUnassessedAndNotCheckedBlock() {
        assertThat(Arrays.stream(Outcome.values()).filter(o -> finding(o).blocks()))
                .containsExactly(Outcome.VIOLATION, Outcome.UNDECIDED, Outcome.UNASSESSED, Outcome.NOT_CHECKED);
        assertThat(Outcome.of("[not-checked] security.backups not checked as prod requires")).isEqualTo(Outcome.NOT_CHECKED);
    }

    private static Finding finding(Outcome outcome) {
        return new Finding("p", null, EnforcementLevel.MANDATORY, outcome, null, null);
    }
}
