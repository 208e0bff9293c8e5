package dev.readyservice.datadog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.bindings.ServiceDefinitionYaml;
import dev.readyservice.datadog.bindings.ServiceDefinitionYamlArgs;
import dev.readyservice.model.ComponentKind;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a component's service-catalog entry: a schema v2.2 service definition (JSON, which
 * the provider accepts as YAML) naming the team and linking the documentation, the playbooks and
 * the PagerDuty service, so that whoever is paged finds them from the service page.
 */
public final class ServiceCatalogEntries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceCatalogEntries() {}

    /**
     * Registers {@code <prefix>-service-definition}.
     *
     * @param prefix resource name prefix
     * @param c the component
     * @param options options, typically {@code parent}
     * @return the entry
     */
    public static ServiceDefinitionYaml create(String prefix, DatadogComponent c, CustomResourceOptions options) {
        var args = ServiceDefinitionYamlArgs.builder().serviceDefinition(definition(c)).build();
        return new ServiceDefinitionYaml(prefix + "-service-definition", args, options);
    }

    /**
     * @param c the component
     * @return the service definition document as JSON
     */
    public static String definition(DatadogComponent c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema-version", "v2.2");
        doc.put("dd-service", c.serviceName());
        doc.put("team", c.team());
        doc.put("application", c.product());
        doc.put("type", c.kind() == ComponentKind.WORKER ? "custom" : "web");
        doc.put("links", List.of(
                link("Technical documentation", "doc", c.docsUrl()),
                link("Playbooks", "runbook", c.playbookBaseUrl())));
        doc.put("integrations", Map.of("pagerduty", Map.of("service-url", c.pagerDutyServiceUrl())));
        doc.put("tags", DatadogTags.base(c));
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the service definition of " + c.serviceName(), e);
        }
    }

    private static Map<String, Object> link(String name, String type, String url) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("name", name);
        link.put("type", type);
        link.put("url", url);
        return link;
    }
}
