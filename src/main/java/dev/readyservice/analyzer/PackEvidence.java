package dev.readyservice.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pulumirpc.AnalyzerOuterClass;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;

/**
 * What the policy pack wrote to its evidence folder ({@code READYSERVICE_EVIDENCE_DIR}, see
 * {@code policy/lib/evidence-folder.ts} and docs/evidence.md) during a preview, read back as the
 * {@link Preview} and {@link Analysis} the report is built from: the resources the pack got in
 * {@code AnalyzeStack}, and every diagnostic it answered, turned into findings by the same code the
 * offline review uses ({@link AnalyzerClient#finding}). So a real {@code pulumi preview
 * --policy-pack policy} and {@code ./prr review} give their reports through one path.
 *
 * @param preview the resources the pack saw, for the project and stack it was configured for (no
 *     program logs and no program time: the pack sees neither)
 * @param analysis the pack (name, version, manifest, effective levels), its findings and its
 *     judgement of the components
 */
public record PackEvidence(Preview preview, Analysis analysis) {
    /** The format every file of the folder names; any other is refused. */
    public static final String FORMAT = "readyservice-prr-evidence/1";
    /** Written when the pack is configured. */
    public static final String PACK_FILE = "pack.json";
    /** Written when the pack answers {@code AnalyzeStack}. */
    public static final String RESOURCES_FILE = "resources.json";
    /** Written when the pack answers {@code AnalyzeStack}. */
    public static final String FINDINGS_FILE = "findings.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads the folder {@code dir}.
     *
     * @throws PackEvidenceException naming the file and the problem when the folder is missing,
     *     partial (a preview that never reached {@code AnalyzeStack}), mixes two runs, or a file is
     *     malformed
     */
    public static PackEvidence read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PackEvidenceException(dir, "is not a folder (set READYSERVICE_EVIDENCE_DIR to it when running "
                    + "`pulumi preview --policy-pack policy`)", null);
        }
        JsonNode pack = file(dir, PACK_FILE, "the pack was never configured: did the preview start the policy pack "
                + "with READYSERVICE_EVIDENCE_DIR set?");
        String run = text(dir.resolve(PACK_FILE), pack, "run");
        String partial = "the preview did not reach AnalyzeStack (it failed or was stopped before the policy pack analysed the "
                + "stack), so the evidence is partial";
        JsonNode resources = sameRun(dir, file(dir, RESOURCES_FILE, partial), run, RESOURCES_FILE);
        JsonNode findings = sameRun(dir, file(dir, FINDINGS_FILE, partial), run, FINDINGS_FILE);

        Path packFile = dir.resolve(PACK_FILE);
        PackInfo info;
        try {
            JsonNode manifestNode = object(packFile, pack, "manifest");
            array(packFile, manifestNode, "policies");
            List<PolicyDescriptor> manifest = PackManifest.policies(manifestNode, packFile);
            Map<String, EnforcementLevel> levels = new LinkedHashMap<>();
            object(packFile, pack, "levels").fields().forEachRemaining(e -> levels.put(e.getKey(), EnforcementLevel.parse(e.getValue().asText())));
            JsonNode name = object(packFile, pack, "pack");
            info = new PackInfo(text(packFile, name, "name"), name.path("version").asText(""), manifest).withLevels(levels)
                    .judging(environment(packFile, pack, manifestNode), levelSettings(manifest, levels));
        } catch (IllegalArgumentException e) {
            throw new PackEvidenceException(packFile, e.getMessage(), e);
        }
        Preview preview = new Preview(text(packFile, pack, "project"), text(packFile, pack, "stack"),
                resources(dir.resolve(RESOURCES_FILE), resources), List.of(), Set.of(), Duration.ZERO);
        return new PackEvidence(preview, analysis(dir.resolve(FINDINGS_FILE), findings, info));
    }

    /**
     * The environment the pack judged the stack as ({@code environment} in pack.json); a folder
     * without it is judged by the manifest's rule from the stack name alone.
     */
    private static JudgedEnvironment environment(Path packFile, JsonNode pack, JsonNode manifest) {
        JsonNode judged = pack.path("environment");
        if (judged.path("name").isTextual()) {
            return new JudgedEnvironment(judged.path("name").asText(), judged.path("source").asText(""));
        }
        return PackManifest.environmentRule(manifest).judge(pack.path("stack").asText(""), Map.of());
    }

    /** Every level the policy config changed; the folder has the levels, not the config file. */
    private static Map<String, String> levelSettings(List<PolicyDescriptor> manifest, Map<String, EnforcementLevel> levels) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (PolicyDescriptor policy : manifest) {
            EnforcementLevel level = levels.getOrDefault(policy.name(), policy.enforcementLevel());
            if (level != policy.enforcementLevel()) {
                settings.put(policy.name(), "the policy config gives it enforcementLevel " + level.wireName());
            }
        }
        return settings;
    }

    private static List<RecordedResource> resources(Path file, JsonNode root) {
        List<RecordedResource> resources = new ArrayList<>();
        for (JsonNode r : array(file, root, "resources")) {
            if (isDefaultProvider(r)) {
                // The pack got it (either engine sends it); as in the review, it is not a resource of the report.
                continue;
            }
            Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();
            r.path("propertyDependencies").fields().forEachRemaining(e -> propertyDependencies.put(e.getKey(), strings(e.getValue())));
            resources.add(new RecordedResource(text(file, r, "urn"), text(file, r, "type"), r.path("name").asText(""),
                    r.path("custom").asBoolean(false), r.path("parent").asText(""), properties(file, r), strings(r.path("dependencies")),
                    propertyDependencies, r.path("provider").asText(""), r.path("protect").asBoolean(false), false, "", ""));
        }
        return resources;
    }

    /** A provider the engine registers itself: {@code pulumi:providers:<pkg>::default[_<version>]}, no parent. */
    private static boolean isDefaultProvider(JsonNode resource) {
        String name = resource.path("name").asText("");
        return resource.path("type").asText("").startsWith("pulumi:providers:") && resource.path("parent").asText("").isEmpty()
                && (name.equals("default") || name.startsWith("default_"));
    }

    /** Properties in wire form, converted as the engine converts a protobuf Struct (numbers are doubles). */
    private static Map<String, Object> properties(Path file, JsonNode resource) {
        JsonNode properties = resource.path("properties");
        if (!properties.isObject()) {
            throw new PackEvidenceException(file, "resource " + resource.path("urn").asText("?") + " has no `properties` object", null);
        }
        try {
            Struct.Builder struct = Struct.newBuilder();
            JsonFormat.parser().merge(properties.toString(), struct);
            return StructValues.toMap(struct.build());
        } catch (InvalidProtocolBufferException e) {
            throw new PackEvidenceException(file, "resource " + resource.path("urn").asText("?") + " has malformed properties: "
                    + e.getMessage(), e);
        }
    }

    private static Analysis analysis(Path file, JsonNode root, PackInfo pack) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode d : array(file, root, "diagnostics")) {
            AnalyzerOuterClass.EnforcementLevel level;
            try {
                level = AnalyzerOuterClass.EnforcementLevel.valueOf(text(file, d, "level").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PackEvidenceException(file, "a diagnostic of " + d.path("policy").asText("?") + " has level '"
                        + d.path("level").asText() + "'", e);
            }
            AnalyzeDiagnostic diagnostic = AnalyzeDiagnostic.newBuilder()
                    .setPolicyName(text(file, d, "policy"))
                    .setEnforcementLevel(level)
                    .setDescription(d.path("description").asText(""))
                    .setMessage(d.path("message").asText(""))
                    .setUrn(d.path("urn").asText(""))
                    .build();
            findings.add(AnalyzerClient.finding(diagnostic, d.path("resourceUrn").asText(""), pack));
        }
        List<NotApplicable> notApplicable = new ArrayList<>();
        for (JsonNode n : root.path("notApplicable")) {
            String reason = n.path("reason").asText("");
            if (!NotApplicable.isAutomatic(reason)) {
                notApplicable.add(new NotApplicable(text(file, n, "policy"), reason, n.path("resourceUrn").asText("")));
            }
        }
        // The judgement of the components the AnalyzeStack answer carried (JudgedComponent); a folder
        // without it (a pack that did not hand one over) leaves the report showing criticality as declared.
        Optional<List<JudgedComponent>> components = Optional.empty();
        if (root.has("components")) {
            try {
                components = Optional.of(JudgedComponent.parse(root.path("components")));
            } catch (IllegalArgumentException e) {
                throw new PackEvidenceException(file, "has a malformed `components`: " + e.getMessage(), e);
            }
        }
        return new Analysis(pack, findings, notApplicable, components);
    }

    private static JsonNode file(Path dir, String name, String whenMissing) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new PackEvidenceException(file, "is missing: " + whenMissing, null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new PackEvidenceException(file, "is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PackEvidenceException(file, "is not a JSON object", null);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new PackEvidenceException(file, "has format '" + root.path("format").asText() + "', expected '" + FORMAT
                    + "' (written by another version of the pack?)", null);
        }
        return root;
    }

    private static JsonNode sameRun(Path dir, JsonNode root, String run, String name) {
        if (!run.equals(root.path("run").asText())) {
            throw new PackEvidenceException(dir.resolve(name), "is from another run of the pack than " + PACK_FILE
                    + " (a later preview was stopped before AnalyzeStack?); run the preview again into an empty folder", null);
        }
        return root;
    }

    private static String text(Path file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new PackEvidenceException(file, "has no `" + field + "`", null);
        }
        return value.asText();
    }

    private static JsonNode object(Path file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw new PackEvidenceException(file, "has no `" + field + "` object", null);
        }
        return value;
    }

    private static JsonNode array(Path file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw new PackEvidenceException(file, "has no `" + field + "` array", null);
        }
        return value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
