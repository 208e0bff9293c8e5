package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {
    @ParameterizedTest
    @CsvSource({"5m,300", "300s,300", "90s,90", "2m30s,150", "1h,3600", "1h0m5s,3605", " 5M ,300"})
    void parsesTheFormsPeopleType(String text, long seconds) {
        assertThat(DurationText.parse("budget", text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5x", "m", "-5m", "5m30", "30s2m", "1.5m", "five minutes"})
    void rejectsEverythingElseNamingTheFieldAndValue(String text) {
        assertThatThrownBy(() -> DurationText.parse("budget", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget: '" + text + "' is not a duration; expected whole hours, minutes and seconds"
                        + " such as 5m, 300s, 90s or 2m30s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0m0s"})
    void rejectsZero(String text) {
        assertThatThrownBy(() -> DurationText.parse("budget", text))
                .hasMessageStartingWith("budget: '" + text + "' is zero");
    }

    @org.junit.jupiter.api.Test
    void rejectsNullAndAbsurdlyLargeNumbers() {
        assertThatThrownBy(() -> DurationText.parse("budget", null)).hasMessageStartingWith("budget: 'null'");
        assertThatThrownBy(() -> DurationText.parse("budget", "9999999999s"))
                .hasMessage("budget: '9999999999s' has a number too large ('9999999999'); expected at most 9 digits per unit");
    }

    @ParameterizedTest
    @CsvSource({"150,2m30s", "300,5m", "3605,1h5s", "0,0s", "45,45s"})
    void formatsWhatItParses(long seconds, String text) {
        assertThat(DurationText.format(Duration.ofSeconds(seconds))).isEqualTo(text);
    }
}
