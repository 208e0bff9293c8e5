package dev.readyservice.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.analyzer.Finding;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code prr-report.json}: the report for machines, fields in a fixed order. */
final class JsonReport {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(PrrReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("project", report.project());
        root.put("stack", report.stack());
        root.putObject("environment").put("name", report.environment().name()).put("source", report.environment().source());
        root.put("verdict", report.verdict().label());
        root.put("generatedAt", report.generatedAt().toString());
        root.putObject("pack").put("name", report.pack().name()).put("version", report.pack().version());
        report.notes().forEach(root.putArray("notes")::add);
        ArrayNode assumptions = root.putArray("assumptions");
        report.assumptions().forEach(a -> assumptions.addObject().put("kind", a.kind().label()).put("token", a.token())
                .put("name", a.name()).put("answer", a.source().label()).put("detail", a.detail()));
        ObjectNode summary = root.putObject("summary");
        report.counts().forEach((status, count) -> summary.put(status.label(), count));
        ArrayNode items = root.putArray("items");
        for (ItemResult result : report.items()) {
            ObjectNode item = items.addObject();
            item.put("id", result.item().id());
            item.put("section", result.item().section().title());
            item.put("title", result.item().title());
            item.put("kind", result.item().kind().label());
            item.put("status", result.status().label());
            item.put("reason", result.reason());
            result.policies().forEach(item.putArray("policies")::add);
            ArrayNode evidence = item.putArray("evidence");
            for (Evidence e : result.evidence()) {
                ObjectNode node = evidence.addObject().put("urn", e.urn()).put("type", e.type()).put("name", e.name())
                        .put("component", e.component());
                ObjectNode properties = node.putObject("properties");
                e.properties().forEach(properties::put);
            }
            findings(item.putArray("findings"), result.findings());
        }
        findings(root.putArray("unassignedFindings"), report.unassignedFindings());
        ArrayNode notAssessed = root.putArray("notAssessed");
        report.notAssessed().forEach(r -> notAssessed.addObject().put("urn", r.urn()).put("type", r.type()).put("name", r.name())
                .put("provider", NotAssessed.provider(r.type())));
        ArrayNode components = root.putArray("components");
        for (ProductView.Component c : report.product().components()) {
            ObjectNode node = components.addObject().put("name", c.name()).put("customerFacing", c.customerFacing());
            if (!c.name().isEmpty()) {
                // Whose judgement it is (the policy pack's, or only what the spec and tags declare) and why.
                node.put("criticalityJudgedBy", c.judgedByPack() ? "policy-pack" : "declared").put("criticalityWhy", c.criticalityWhy());
            }
            urns(node.putArray("azure"), c.azure());
            urns(node.putArray("datadog"), c.datadog());
            urns(node.putArray("pagerduty"), c.pagerduty());
        }
        ArrayNode resources = root.putArray("resources");
        report.resources().forEach(r -> resources.addObject().put("urn", r.urn()).put("type", r.type()).put("name", r.name())
                .put("component", r.component()).put("parent", r.parentUrn()));
        root.putObject("timings").put("programMillis", report.programTime().toMillis());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode node = array.addObject().put("policy", f.policy());
            f.items().forEach(node.putArray("items")::add);
            node.put("level", f.level().wireName()).put("outcome", outcome(f)).put("message", f.message()).put("urn", f.urn());
        }
    }

    static String outcome(Finding finding) {
        return finding.outcome().label();
    }

    private static void urns(ArrayNode array, List<ResourceSummary> resources) {
        resources.forEach(r -> array.add(r.urn()));
    }
}
