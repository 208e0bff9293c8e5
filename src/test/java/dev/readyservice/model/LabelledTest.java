package dev.readyservice.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.analyzer.Outcome;
import dev.readyservice.deploy.PhaseName;
import dev.readyservice.report.Verdict;
import dev.readyservice.review.Assumption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The texts the enums now derive (Labelled.Named, BurnWindow's windows, SloTimeframe's days) are the
 * literals they carried before, which specs, records, tags, reports and the pack's messages hold.
 */
class LabelledTest {

    @Test
    void aNamedLabelIsTheConstantsNameInKebabCase() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::label)).containsExactly("ready", "not-ready");
        assertThat(Arrays.stream(Routing.values()).map(Routing::slug)).containsExactly("page", "business-hours");
        assertThat(Arrays.stream(AlertClass.values()).map(AlertClass::id)).containsExactly(
                "latency", "traffic", "errors", "saturation", "availability-burn", "latency-burn");
        assertThat(Arrays.stream(Assumption.Kind.values()).map(Assumption.Kind::label)).containsExactly("function", "stack-reference", "read");
        assertThat(Arrays.stream(PhaseName.values()).map(PhaseName::label)).containsExactly("converge", "redeploy", "destroy", "rebuild");
    }

    @Test
    void theMarkersAreThePacksBracketedOutcomesAndAViolationHasNone() {
        assertThat(Arrays.stream(Outcome.values()).map(Outcome::marker)).containsExactly(
                "", "[waived]", "[undecided]", "[unassessed]", "[platform-limit]", "[staged]", "[not-checked]");
        assertThat(Outcome.of(" [platform-limit] TLS 1.2 is the highest floor")).isEqualTo(Outcome.PLATFORM_LIMIT);
        assertThat(Outcome.of("[platform limit] no such marker")).isEqualTo(Outcome.VIOLATION);
    }

    @Test
    void burnWindowsAndTimeframesAreWrittenAsDatadogWritesThem() {
        assertThat(Arrays.stream(BurnWindow.values()).map(w -> w.slug() + " " + w.longWindow() + "/" + w.shortWindow()))
                .containsExactly("fast 1h/5m", "medium 6h/30m", "slow 1d/2h");
        assertThat(Arrays.stream(SloTimeframe.values()).map(t -> t.wireValue() + " " + t.hours()))
                .containsExactly("7d 168", "30d 720", "90d 2160");
    }

    @Test
    void fromLabelIsExactAndParseForgivesCaseAndBlanks() {
        assertThat(Labelled.fromLabel(Verdict.class, "not-ready")).contains(Verdict.NOT_READY);
        assertThat(Labelled.fromLabel(Verdict.class, "Not-Ready")).isEmpty();
        assertThat(Labelled.fromLabel(Verdict.class, null)).isEmpty();
        assertThat(Labelled.parse(Verdict.class, " Not-Ready ")).contains(Verdict.NOT_READY);
        assertThat(Labelled.parse(Verdict.class, "not_ready")).isEmpty();
        assertThat(Labelled.parse(Verdict.class, null)).isEmpty();
        assertThat(SloTimeframe.fromWireValue("30d")).contains(SloTimeframe.DAYS_30);
        assertThat(SloTimeframe.fromWireValue("30D")).isEmpty();
        assertThat(Environment.parse(" PROD")).contains(Environment.PROD);
    }
}
