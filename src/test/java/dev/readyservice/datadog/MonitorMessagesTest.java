package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.model.AlertClass;
import dev.readyservice.model.Routing;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MonitorMessagesTest {

    private static final Pattern ALERT_BLOCK = Pattern.compile("\\{\\{#is_alert}}(.*?)\\{\\{/is_alert}}", Pattern.DOTALL);

    private static RecordingMocks everything() {
        return MockRun.run(ctx -> ComponentMonitoring.create("checkout-api", TestComponents.api(),
                BurnRateAlerts.OverLimit.REFUSE, NO_OPTIONS));
    }

    @Test
    void everyMonitorLinksItsPlaybook() {
        var mocks = everything();

        assertThat(mocks.ofType(Monitor.TYPE)).hasSize(14).allSatisfy(m -> {
            String alertClass = m.name().contains("-burn-")
                    ? m.name().replaceAll(".*-(availability|latency)-burn-.*", "$1-burn")
                    : m.name().replaceAll("checkout-api-(\\w+)-.*", "$1");
            assertThat(m.string("message")).contains("\nPlaybook: https://runbooks.example.com/checkout/api/" + alertClass + ".md\n");
        });
    }

    @Test
    void everyMonitorNamesThePagerDutyServiceAndItsRouting() {
        assertThat(everything().ofType(Monitor.TYPE)).allSatisfy(m -> {
            assertThat(m.string("message")).contains("@pagerduty-checkout-api");
            String routing = m.strings("tags").stream().filter(t -> t.startsWith("routing:")).findFirst().orElseThrow();
            assertThat(m.string("message")).contains("Routing: " + routing.substring("routing:".length()) + " ");
        });
    }

    @Test
    void businessHoursMonitorNeverPagesOnCritical() {
        var businessHours = everything().ofType(Monitor.TYPE).stream()
                .filter(m -> m.strings("tags").contains("routing:business-hours")).toList();

        assertThat(businessHours).isNotEmpty().allSatisfy(m -> {
            String message = m.string("message");
            // Outside the warning blocks the PagerDuty handle must not appear at all.
            String unconditional = message.replaceAll("(?s)\\{\\{#is_warning(_recovery)?}}.*?\\{\\{/is_warning(_recovery)?}}", "");
            assertThat(unconditional).doesNotContain("@pagerduty-");
            var alert = ALERT_BLOCK.matcher(message);
            assertThat(alert.find()).isTrue();
            assertThat(alert.group(1)).isEqualTo("@team-payments");
            assertThat(message).contains("{{#is_warning}}@pagerduty-checkout-api{{/is_warning}}");
        });
    }

    @Test
    void messagesFitInWhatPagerDutyKeeps() {
        // Datadog truncates the text it sends to PagerDuty at 1024 characters.
        assertThat(everything().ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.string("message").length()).isLessThan(1024));
    }

    @Test
    void pageMonitorNotifiesPagerDutyInEveryState() {
        String message = MonitorMessages.message(TestComponents.api(), AlertClass.ERRORS, Routing.PAGE, "Errors high.", "");

        assertThat(message).isEqualTo("Errors high.\n"
                + "Routing: page (may page out of hours: PagerDuty gets every state).\n"
                + "Playbook: https://runbooks.example.com/checkout/api/errors.md\n"
                + "@pagerduty-checkout-api");
    }

    @Test
    void noteGoesBetweenSummaryAndRouting() {
        String message = MonitorMessages.message(TestComponents.api(), AlertClass.LATENCY_BURN, Routing.PAGE, "S.", "N.");

        assertThat(message).startsWith("S.\nN.\nRouting: page");
    }
}
