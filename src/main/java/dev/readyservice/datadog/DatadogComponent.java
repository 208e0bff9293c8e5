package dev.readyservice.datadog;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.SloTimeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything the Datadog factories need to know about one component of a product, already
 * resolved by the caller (the {@code ReadyService} component). The constructor checks every
 * field and reports all problems in one {@link IllegalArgumentException}, each naming the field,
 * the value received and what is allowed.
 *
 * @param product product name, e.g. {@code checkout}; lower-case letters, digits and dashes
 * @param component component name, e.g. {@code api}; lower-case letters, digits and dashes
 * @param kind {@code api}, {@code ui} or {@code worker}; decides which metrics are watched
 * @param environment {@code qa} or {@code prod}; becomes the {@code env:} tag
 * @param customerFacing whether customers use this component directly; only customer-facing
 *     components get SLOs and may page out of hours
 * @param team owning team's Datadog team handle (without {@code @team-}); it is notified when a
 *     business-hours monitor goes critical
 * @param availabilityTargetPercent availability SLO target, above 0 and below 100, e.g. 99.9
 * @param latencyThresholdMillis latency above which a request or job is slow, milliseconds, &gt; 0
 * @param latencyPercentile percentile of worker job latency the latency monitor and SLO watch,
 *     above 0 and below 100, e.g. 95 or 99.9 (web apps: Azure only reports the average)
 * @param sloTimeframe SLO window, {@code 7d}, {@code 30d} or {@code 90d}
 * @param playbookBaseUrl URL playbooks live under; each alert links
 *     {@code <playbookBaseUrl>/<alert class>.md}; no trailing slash needed
 * @param docsUrl URL of the component's technical documentation, linked from the service catalog
 * @param pagerDutyServiceName PagerDuty service name; must be {@code <product>-<component>}
 *     (the evidence conventions); monitors notify {@code @pagerduty-<pagerDutyServiceName>}
 * @param pagerDutyServiceUrl web URL of that PagerDuty service, linked from the service catalog
 * @param pageOutOfHours golden-signal alert classes ({@code latency}, {@code traffic},
 *     {@code errors}, {@code saturation}) whose threshold monitors may page out of hours when the
 *     component is customer-facing; every other golden-signal monitor waits for business hours
 * @param trafficFloorPerMinute requests (or jobs) per minute below which traffic counts as lost,
 *     &gt; 0; the traffic monitor warns or alerts under it
 * @param azureResourceGroup Azure resource group holding the app and its plan
 * @param azureAppName Azure web app name (api, ui); may be empty for a worker
 * @param azurePlanName Azure App Service plan name; its CPU is the saturation signal
 */
public record DatadogComponent(
        String product,
        String component,
        String kind,
        String environment,
        boolean customerFacing,
        String team,
        double availabilityTargetPercent,
        long latencyThresholdMillis,
        double latencyPercentile,
        String sloTimeframe,
        String playbookBaseUrl,
        String docsUrl,
        String pagerDutyServiceName,
        String pagerDutyServiceUrl,
        Set<String> pageOutOfHours,
        double trafficFloorPerMinute,
        String azureResourceGroup,
        String azureAppName,
        String azurePlanName) {

    private static final String NAME_PATTERN = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
    private static final Set<String> GOLDEN_SIGNALS = Set.of("latency", "traffic", "errors", "saturation");

    /** Validates every field; see the record description for what is allowed. */
    public DatadogComponent {
        pageOutOfHours = pageOutOfHours == null ? null : Set.copyOf(pageOutOfHours);
        List<String> problems = new ArrayList<>();
        requireName(problems, "product", product);
        requireName(problems, "component", component);
        if (kind == null || ComponentKind.fromId(kind).isEmpty()) {
            problems.add(problem("kind", kind, "api, ui or worker"));
        }
        if (!"qa".equals(environment) && !"prod".equals(environment)) {
            problems.add(problem("environment", environment, "qa or prod"));
        }
        requireText(problems, "team", team);
        if (!(availabilityTargetPercent > 0 && availabilityTargetPercent < 100)) {
            problems.add(problem("availabilityTargetPercent", availabilityTargetPercent, "above 0 and below 100, e.g. 99.9"));
        }
        if (latencyThresholdMillis <= 0) {
            problems.add(problem("latencyThresholdMillis", latencyThresholdMillis, "a positive number of milliseconds"));
        }
        if (!(latencyPercentile > 0 && latencyPercentile < 100)) {
            problems.add(problem("latencyPercentile", latencyPercentile, "above 0 and below 100, e.g. 95 or 99.9"));
        }
        if (sloTimeframe == null || SloTimeframe.fromWireValue(sloTimeframe).isEmpty()) {
            problems.add(problem("sloTimeframe", sloTimeframe, "7d, 30d or 90d"));
        }
        requireUrl(problems, "playbookBaseUrl", playbookBaseUrl);
        requireUrl(problems, "docsUrl", docsUrl);
        if (pagerDutyServiceName == null || !pagerDutyServiceName.equals(product + "-" + component)) {
            // docs/evidence.md: monitors notify @pagerduty-<product>-<component>, and policies rely on it.
            problems.add(problem("pagerDutyServiceName", pagerDutyServiceName, "\"" + product + "-" + component + "\" (<product>-<component>)"));
        }
        requireUrl(problems, "pagerDutyServiceUrl", pagerDutyServiceUrl);
        if (pageOutOfHours == null || !GOLDEN_SIGNALS.containsAll(pageOutOfHours)) {
            problems.add(problem("pageOutOfHours", pageOutOfHours, "a set of latency, traffic, errors, saturation"));
        }
        if (!(trafficFloorPerMinute > 0)) {
            problems.add(problem("trafficFloorPerMinute", trafficFloorPerMinute, "a positive number of requests per minute"));
        }
        requireText(problems, "azureResourceGroup", azureResourceGroup);
        if (azureAppName == null || (azureAppName.isBlank() && !"worker".equals(kind))) {
            problems.add(problem("azureAppName", azureAppName, "the web app name (may be empty only for a worker)"));
        }
        requireText(problems, "azurePlanName", azurePlanName);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid Datadog component: " + String.join("; ", problems));
        }
    }

    /** @return the parsed {@link #kind()} */
    public ComponentKind componentKind() {
        return ComponentKind.fromId(kind).orElseThrow();
    }

    /** @return the parsed {@link #sloTimeframe()} */
    public SloTimeframe timeframe() {
        return SloTimeframe.fromWireValue(sloTimeframe).orElseThrow();
    }

    /** @return the Datadog service name, {@code <product>-<component>} */
    public String serviceName() {
        return product + "-" + component;
    }

    /** @return the {@code criticality} tag value: {@code customer-facing} or {@code internal} */
    public String criticality() {
        return customerFacing ? "customer-facing" : "internal";
    }

    /** @return the playbook URL of one alert class */
    public String playbookUrl(AlertClass alertClass) {
        String base = playbookBaseUrl.endsWith("/") ? playbookBaseUrl.substring(0, playbookBaseUrl.length() - 1) : playbookBaseUrl;
        return base + "/" + alertClass.id() + ".md";
    }

    private static void requireName(List<String> problems, String field, String value) {
        if (value == null || !value.matches(NAME_PATTERN)) {
            problems.add(problem(field, value, "lower-case letters, digits and dashes, e.g. checkout"));
        }
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(problem(field, value, "a non-empty value"));
        }
    }

    private static void requireUrl(List<String> problems, String field, String value) {
        if (value == null || !value.toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add(problem(field, value, "an https:// URL"));
        }
    }

    private static String problem(String field, Object value, String allowed) {
        String shown = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return field + " is " + shown + ", allowed: " + allowed;
    }
}
