package dev.readyservice.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.model.Labelled;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The JSON form of {@link RedeployRecord}. Mapped by hand, field by field, so the field names are
 * the contract the report relies on and a bad file gets an error naming the field at fault.
 */
final class RedeployRecordJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RedeployRecordJson() {
    }

    static String write(RedeployRecord r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("stack", r.stack());
        root.put("budgetSeconds", r.budgetSeconds());
        ArrayNode phases = root.putArray("phases");
        for (PhaseRecord p : r.phases()) {
            ObjectNode n = phases.addObject();
            n.put("name", p.name().label());
            n.put("seconds", p.seconds());
            ObjectNode c = n.putObject("changes");
            c.put("create", p.changes().create());
            c.put("update", p.changes().update());
            c.put("delete", p.changes().delete());
            c.put("replace", p.changes().replace());
            c.put("same", p.changes().same());
            n.put("status", p.status().label());
        }
        root.put("verdict", r.verdict().label());
        root.put("failedPhase", r.failedPhase() == null ? null : r.failedPhase().label());
        root.put("recordedAt", r.recordedAt().toString());
        root.put("pulumiVersion", r.pulumiVersion());
        ObjectNode plugins = root.putObject("plugins");
        new TreeMap<>(r.plugins()).forEach(plugins::put);
        if (r.provenance() != null) {
            root.put("backend", r.provenance().backend());
            root.put("providers", r.provenance().providers());
            ArrayNode attached = root.putArray("debugProviders");
            r.provenance().debugProviders().forEach(attached::add);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise redeploy record", e);
        }
    }

    static RedeployRecord read(Path file, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedRedeployRecordException(file, "is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedRedeployRecordException(file, "is not a JSON object", null);
        }
        Reader in = new Reader(file);
        List<PhaseRecord> phases = new ArrayList<>();
        JsonNode phaseNodes = in.required(root, "phases");
        if (!phaseNodes.isArray()) {
            throw in.bad("phases", phaseNodes, "a list of phases");
        }
        for (int i = 0; i < phaseNodes.size(); i++) {
            phases.add(in.phase("phases[" + i + "]", phaseNodes.get(i)));
        }
        JsonNode failed = root.get("failedPhase");
        PhaseName failedPhase = failed == null || failed.isNull()
                ? null : in.enumValue("failedPhase", failed, v -> Labelled.fromLabel(PhaseName.class, v), "a phase name");
        try {
            return new RedeployRecord(
                    in.text(root, "stack"),
                    in.number(root, "budgetSeconds").longValue(),
                    phases,
                    in.enumValue("verdict", in.required(root, "verdict"), v -> Labelled.fromLabel(Verdict.class, v), "pass or fail"),
                    failedPhase,
                    in.instant(root, "recordedAt"),
                    root.hasNonNull("pulumiVersion") ? root.get("pulumiVersion").asText() : null,
                    in.plugins(root),
                    in.provenance(root));
        } catch (IllegalArgumentException e) {
            throw new MalformedRedeployRecordException(file, "is inconsistent: " + e.getMessage(), e);
        }
    }

    /** Reads fields, turning every problem into an error naming the file and the field. */
    private record Reader(Path file) {
        MalformedRedeployRecordException bad(String field, JsonNode value, String allowed) {
            return new MalformedRedeployRecordException(file,
                    "has " + field + " = " + value + "; expected " + allowed, null);
        }

        JsonNode required(JsonNode parent, String field) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                throw new MalformedRedeployRecordException(file, "is missing field '" + field + "'", null);
            }
            return n;
        }

        String text(JsonNode parent, String field) {
            JsonNode n = required(parent, field);
            if (!n.isTextual()) {
                throw bad(field, n, "a string");
            }
            return n.asText();
        }

        Number number(JsonNode parent, String field) {
            JsonNode n = required(parent, field);
            if (!n.isNumber() || n.asDouble() < 0) {
                throw bad(field, n, "a number of zero or more");
            }
            return n.numberValue();
        }

        <E> E enumValue(String field, JsonNode n, Function<String, java.util.Optional<E>> parse, String allowed) {
            return parse.apply(n.asText()).filter(x -> n.isTextual()).orElseThrow(() -> bad(field, n, allowed));
        }

        Instant instant(JsonNode parent, String field) {
            String s = text(parent, field);
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw bad(field, parent.get(field), "an ISO-8601 instant such as 2026-11-26T23:40:00Z");
            }
        }

        PhaseRecord phase(String where, JsonNode n) {
            if (!n.isObject()) {
                throw bad(where, n, "an object with name, seconds, changes and status");
            }
            JsonNode c = required(n, "changes");
            ResourceChanges changes = new ResourceChanges(count(where, c, "create"), count(where, c, "update"),
                    count(where, c, "delete"), c.has("replace") ? count(where, c, "replace") : 0, count(where, c, "same"));
            return new PhaseRecord(
                    enumValue(where + ".name", required(n, "name"), v -> Labelled.fromLabel(PhaseName.class, v),
                            "converge, redeploy, destroy or rebuild"),
                    number(n, "seconds").doubleValue(),
                    changes,
                    enumValue(where + ".status", required(n, "status"), v -> Labelled.fromLabel(PhaseStatus.class, v),
                            "succeeded, failed or interrupted"));
        }

        private int count(String where, JsonNode changes, String field) {
            JsonNode n = changes.get(field);
            if (n == null || !n.canConvertToInt() || n.asInt() < 0 || !n.isIntegralNumber()) {
                throw bad(where + ".changes." + field, n, "a whole number of zero or more");
            }
            return n.asInt();
        }

        /**
         * The backend and providers; {@code null} when the record predates them ({@code providers}
         * absent), which the report does not count. A record that has them must have them right.
         */
        RedeployProvenance provenance(JsonNode root) {
            JsonNode providers = root.get("providers");
            if (providers == null) {
                return null;
            }
            String source = enumValue("providers", providers, v -> java.util.Optional.of(v)
                    .filter(x -> x.equals(RedeployProvenance.PLUGINS) || x.equals(RedeployProvenance.DEBUG_ATTACHED)),
                    RedeployProvenance.PLUGINS + " or " + RedeployProvenance.DEBUG_ATTACHED);
            JsonNode backend = root.get("backend");
            if (backend != null && !backend.isNull() && !backend.isTextual()) {
                throw bad("backend", backend, "the backend URL as a string, or null");
            }
            JsonNode attached = root.get("debugProviders");
            List<String> packages = new ArrayList<>();
            if (attached != null && !attached.isNull()) {
                if (!attached.isArray()) {
                    throw bad("debugProviders", attached, "a list of package names");
                }
                for (JsonNode pkg : attached) {
                    if (!pkg.isTextual() || pkg.asText().isBlank()) {
                        throw bad("debugProviders", attached, "a list of package names");
                    }
                    packages.add(pkg.asText());
                }
            }
            if (source.equals(RedeployProvenance.DEBUG_ATTACHED) == packages.isEmpty()) {
                throw new MalformedRedeployRecordException(file, "has providers = " + providers + " but debugProviders = "
                        + (attached == null ? "(absent)" : attached) + "; " + RedeployProvenance.DEBUG_ATTACHED
                        + " names the attached packages and " + RedeployProvenance.PLUGINS + " none", null);
            }
            return new RedeployProvenance(backend == null || backend.isNull() ? null : backend.asText(), packages);
        }

        Map<String, String> plugins(JsonNode root) {
            JsonNode n = root.get("plugins");
            Map<String, String> plugins = new LinkedHashMap<>();
            if (n == null || n.isNull()) {
                return plugins;
            }
            if (!n.isObject()) {
                throw bad("plugins", n, "an object mapping plugin name to version");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                plugins.put(e.getKey(), e.getValue().asText());
            }
            return plugins;
        }
    }
}
