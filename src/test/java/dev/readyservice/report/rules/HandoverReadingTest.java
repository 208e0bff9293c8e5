package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.WireValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoverReadingTest {
    private static final Map<String, Object> MARKER = Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG);

    @Test
    void emptiesSecretsAtAnyDepthAndKeepsEverythingElse() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("endTime", null);
        withNull.put("startTime", "09:00:00");
        Object value = Map.of("rules", List.of(Map.of("targets", List.of(secret("PUSER-hidden"), "plain")), withNull),
                "numLoops", WireValues.UNKNOWN);

        Object read = HandoverReading.withoutSecretValues(value);

        assertThat(read).isEqualTo(Map.of("rules", List.of(Map.of("targets", List.of(MARKER, "plain")), withNull),
                "numLoops", WireValues.UNKNOWN));
        assertThat(read.toString()).doesNotContain("PUSER-hidden");
    }

    @Test
    void aSecretIsStillASecret() {
        Object read = HandoverReading.withoutSecretValues(secret(42));

        assertThat(WireValues.isSecret(read)).isTrue();
        assertThat(read).isEqualTo(MARKER);
        assertThat(HandoverReading.withoutSecretValues("text")).isEqualTo("text");
    }

    private static Map<String, Object> secret(Object value) {
        return Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", value);
    }
}
