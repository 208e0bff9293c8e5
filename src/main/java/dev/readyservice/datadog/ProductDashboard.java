package dev.readyservice.datadog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.DashboardJson;
import dev.readyservice.datadog.bindings.DashboardJsonArgs;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates one dashboard per product: a timeseries widget per golden signal per component, then
 * one SLO widget per SLO. The SLO widgets need SLO ids, so the document is an {@link Output}.
 */
public final class ProductDashboard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProductDashboard() {}

    /**
     * Registers {@code <prefix>-dashboard}.
     *
     * @param prefix resource name prefix
     * @param product the product name, in the title
     * @param environment {@code qa} or {@code prod}, in the title
     * @param components the product's components, in display order
     * @param slos the SLOs to show (may be empty)
     * @param options options, typically {@code parent}
     * @return the dashboard
     */
    public static DashboardJson create(String prefix, String product, String environment, List<DatadogComponent> components,
            List<ServiceLevelObjectives.Slo> slos, CustomResourceOptions options) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("components is empty, allowed: at least one component of " + product);
        }
        List<Output<String>> ids = slos.stream().map(ServiceLevelObjectives.Slo::id).toList();
        Output<String> document = Output.all(ids).applyValue(known -> document(product, environment, components, slos, known));
        return new DashboardJson(prefix + "-dashboard", DashboardJsonArgs.builder().dashboard(document).build(), options);
    }

    /**
     * @param product the product name
     * @param environment the environment
     * @param components the components
     * @param slos the SLOs, parallel to {@code sloIds}
     * @param sloIds the SLO ids
     * @return the dashboard JSON
     */
    static String document(String product, String environment, List<DatadogComponent> components,
            List<ServiceLevelObjectives.Slo> slos, List<String> sloIds) {
        List<Object> widgets = new ArrayList<>();
        for (DatadogComponent c : components) {
            for (SignalQuery query : GoldenSignalQueries.forComponent(c)) {
                widgets.add(Map.of("definition", Map.of(
                        "type", "timeseries",
                        "title", c.serviceName() + " " + query.signal().id(),
                        "requests", List.of(Map.of("q", query.metric(), "display_type", "line")))));
            }
        }
        for (int i = 0; i < slos.size(); i++) {
            Map<String, Object> slo = new LinkedHashMap<>();
            slo.put("type", "slo");
            slo.put("title", slos.get(i).name());
            slo.put("view_type", "detail");
            slo.put("slo_id", sloIds.get(i));
            slo.put("time_windows", List.of(components.get(0).sloTimeframe().wireValue()));
            widgets.add(Map.of("definition", slo));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", product + " (" + environment + "): golden signals and SLOs");
        doc.put("description", "Created by ReadyService. Golden signals per component, then SLOs.");
        doc.put("layout_type", "ordered");
        doc.put("widgets", widgets);
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the dashboard of " + product, e);
        }
    }
}
