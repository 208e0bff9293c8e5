package dev.readyservice.report.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.WireValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small readings each section makes of wire values, each with the case that must not pass. */
class SectionRulesTest {

    @Test
    void inputValuesStopAtASecretAndNeverReachItsValue() {
        Map<String, Object> inputs = Map.of("backup", HandoverFixtures.secret(Map.of("days", "s3cr3t")));
        assertThat(InputValues.at(inputs, "backup", "days")).isEqualTo(inputs.get("backup"));
        assertThat(InputValues.text(InputValues.at(inputs, "backup", "days"))).isEqualTo("[secret]");
        assertThat(InputValues.text(InputValues.at(Map.of("a", WireValues.UNKNOWN), "a", "b"))).isEqualTo("(known after deploy)");
        assertThat(InputValues.text(Map.of("id", WireValues.UNKNOWN))).isEqualTo("{id: (known after deploy)}");
        assertThat(InputValues.text(InputValues.at(Map.of(), "missing"))).isEqualTo("not set");
        assertThat(InputValues.at(List.of(1), "key")).isNull();
    }

    @Test
    void numbersComeAsNumbersOrNumericTextButNotAsUnknownsOrWords() {
        assertThat(InputValues.number(7.0)).contains(new BigDecimal("7.0"));
        assertThat(InputValues.number(" 1.5 ")).contains(new BigDecimal("1.5"));
        assertThat(InputValues.number("ten")).isEmpty();
        assertThat(InputValues.number(WireValues.UNKNOWN)).isEmpty();
        assertThat(InputValues.number(true)).isEmpty();
        assertThat(InputValues.plain(new BigDecimal("43.20"))).isEqualTo("43.2");
    }

    @Test
    void routingAndSignalComeFromTheEvidenceTags() {
        assertThat(AlertSection.routing(List.of("routing:page"))).isEqualTo("page (out of hours too)");
        assertThat(AlertSection.routing(List.of("routing:business-hours"))).isEqualTo("business hours only");
        assertThat(AlertSection.routing(List.of("routing:sometimes"))).isEqualTo("sometimes (unknown routing)");
        assertThat(AlertSection.routing(List.of())).isEqualTo("not classified");
        assertThat(AlertSection.signal(List.of("slo:shop-api-latency"))).isEqualTo("error budget burn of SLO shop-api-latency");
        assertThat(AlertSection.playbook(WireValues.UNKNOWN)).isEqualTo("(known after deploy)");
        assertThat(AlertSection.playbook("Playbook: ")).isEqualTo("none");
    }

    @Test
    void escalationReadsLoopsTargetsUrgencyAndHours() {
        assertThat(EscalationSection.loops(0.0)).isEqualTo("once (no repeat)");
        assertThat(EscalationSection.loops(1.0)).isEqualTo("once, then repeated 1 time");
        assertThat(EscalationSection.loops(null)).isEqualTo("once (numLoops not set)");
        assertThat(EscalationSection.targets(WireValues.UNKNOWN)).isEqualTo("(known after deploy)");
        assertThat(EscalationSection.urgency(null)).isEqualTo("not set (PagerDuty default: always high)");
        assertThat(EscalationSection.urgency(Map.of("type", "severity_based"))).isEqualTo("{type: severity_based}");
        assertThat(EscalationSection.supportHours(WireValues.UNKNOWN)).isEqualTo("(known after deploy)");
        assertThat(EscalationSection.supportHours(Map.of("daysOfWeeks", List.of(6.0, 7.0, 9.0), "startTime", "10:00:00", "endTime", "14:00:00",
                "timeZone", "UTC"))).isEqualTo("Sat, Sun, 9 10:00:00–14:00:00 UTC");
    }

    @Test
    void capacityCoversOnlyWhenMaxCapacityReachesPeakTimesHeadroom() {
        BigDecimal peak = new BigDecimal("100");
        assertThat(CapacitySection.covers(Optional.of(new BigDecimal("150")), Optional.of(new BigDecimal("150")), Optional.of(peak)))
                .isEqualTo("yes, 1.5× the peak");
        assertThat(CapacitySection.covers(Optional.of(new BigDecimal("149")), Optional.of(new BigDecimal("150")), Optional.of(peak)))
                .isEqualTo("NO: short by 1 rps, 1.49× the peak");
        assertThat(CapacitySection.covers(Optional.empty(), Optional.of(BigDecimal.ONE), Optional.of(peak))).isEqualTo("cannot tell");
        assertThat(CapacitySection.covers(Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO))).isEqualTo("yes");
        assertThat(CapacitySection.bound(List.of(Map.of("capacity", Map.of("maximum", WireValues.UNKNOWN))), "maximum", true)).isEmpty();
    }

    @Test
    void backupRetentionAndProtectionPoliciesReadForAPerson() {
        assertThat(BackupSection.retention("P14D")).isEqualTo("14 days (P14D)");
        assertThat(BackupSection.retention("PT4H")).isEqualTo("PT4H");
        assertThat(BackupSection.days(null)).isEqualTo("off (not set)");
        assertThat(BackupSection.days(Map.of("enabled", false, "days", 7.0))).isEqualTo("off");
        assertThat(BackupSection.days(Map.of("enabled", true, "retentionInDays", 8.0))).isEqualTo("on, 8 days");
        assertThat(BackupSection.days(Map.of("enabled", true))).isEqualTo("on");
        assertThat(BackupSection.days(WireValues.UNKNOWN)).isEqualTo("(known after deploy)");
    }

    @Test
    void anSloBudgetSaysWhyItIsMissing() {
        assertThat(SloSection.budget(null, "30d")).isEqualTo("not set");
        assertThat(SloSection.budget(99.9, WireValues.UNKNOWN)).isEqualTo("(known after deploy)");
        assertThat(SloSection.budget(99.9, "custom")).isEqualTo("not computable for target 99.9 over custom");
        assertThat(SloSection.budget(99.5, "30d")).isEqualTo("216 min (3.6 h)");
    }
}
