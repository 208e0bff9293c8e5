package dev.readyservice.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PolicyDescriptor;
import java.io.UncheckedIOException;

/**
 * {@code prr-report.sarif}: SARIF 2.1.0, one result per finding, the policy as rule, the URN as a
 * logical location. Waived findings carry an external suppression with the waiver text.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static String render(PrrReport report) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.pack().name());
        if (!report.pack().version().isEmpty()) {
            driver.put("version", report.pack().version());
        }
        ArrayNode rules = driver.putArray("rules");
        for (PolicyDescriptor p : report.pack().policies()) {
            ObjectNode rule = rules.addObject().put("id", p.name());
            rule.putObject("shortDescription").put("text", p.description().isEmpty() ? p.name() : p.description());
            p.items().forEach(rule.putObject("properties").putArray("items")::add);
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.policy());
            result.put("level", level(f));
            result.putObject("message").put("text", f.message().isEmpty() ? f.policy() : f.message());
            ObjectNode location = result.putArray("locations").addObject().putArray("logicalLocations").addObject();
            if (f.urn().isEmpty()) {
                location.put("fullyQualifiedName", report.project() + "/" + report.stack()).put("kind", "module");
            } else {
                location.put("fullyQualifiedName", f.urn()).put("kind", "resource");
            }
            ObjectNode properties = result.putObject("properties");
            f.items().forEach(properties.putArray("items")::add);
            properties.put("enforcementLevel", f.level().wireName()).put("outcome", JsonReport.outcome(f));
            if (f.outcome() == Outcome.WAIVED) {
                result.putArray("suppressions").addObject().put("kind", "external").put("justification", f.message());
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** error for a mandatory violation or undecided check; warning when advisory or staged; note for waived and platform limits. */
    static String level(Finding f) {
        return switch (f.outcome()) {
            case WAIVED, PLATFORM_LIMIT -> "note";
            case STAGED -> f.level() == EnforcementLevel.MANDATORY ? "error" : "warning";
            default -> f.level() == EnforcementLevel.ADVISORY ? "warning" : "error";
        };
    }
}
