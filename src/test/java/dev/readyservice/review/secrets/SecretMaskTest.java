package dev.readyservice.review.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskTest {
    @Test
    void replacesEveryOccurrenceOfEveryValueLongestFirst() {
        SecretMask mask = SecretMask.of(List.of("hunter2", "hunter2-extended"));

        assertThat(mask.apply("a hunter2-extended and a hunter2.")).isEqualTo("a [masked] and a [masked].");
    }

    @Test
    void matchesValuesAsAFormatEscapesThem() {
        SecretMask plain = SecretMask.of(List.of("p&ss_w<rd"));
        SecretMask html = plain.withEncodings(List.of(s -> s.replace("&", "&amp;").replace("<", "&lt;")));

        assertThat(plain.apply("x p&amp;ss_w&lt;rd y")).contains("p&amp;ss_w&lt;rd");
        assertThat(html.apply("x p&amp;ss_w&lt;rd y")).isEqualTo("x [masked] y");
    }

    @Test
    void masksKnownFormatsEvenWhenNotGivenAndLeavesShortValuesAlone() {
        SecretMask mask = SecretMask.of(List.of("abc"));

        assertThat(mask.apply("abc uses AKIAIOSFODNN7EXAMPLE")).isEqualTo("abc uses [masked]");
        assertThat(SecretMask.knownFormats().apply(null)).isNull();
    }
}
