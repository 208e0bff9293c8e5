package dev.readyservice.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A CI pipeline read as a graph of jobs, from a GitHub Actions workflow or an Azure Pipelines file. */
final class Pipeline {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String source;
    private final Map<String, PipelineJob> jobs;
    private final List<String> actions;

    private Pipeline(String source, Map<String, PipelineJob> jobs, List<String> actions) {
        this.source = source;
        this.jobs = jobs;
        this.actions = actions;
    }

    String source() {
        return source;
    }

    Map<String, PipelineJob> jobs() {
        return jobs;
    }

    /** Every {@code uses:} reference (GitHub) or {@code task:} reference (Azure). */
    List<String> actions() {
        return actions;
    }

    /** Every node {@code id} waits for, directly or transitively. */
    Set<String> ancestors(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(jobs.get(id).needs());
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n) && jobs.containsKey(n)) {
                todo.addAll(jobs.get(n).needs());
            }
        }
        return seen;
    }

    static Pipeline read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        return root.has("stages") ? azure(file.toString(), root) : gitHub(file.toString(), root);
    }

    static Pipeline gitHub(String source, JsonNode root) {
        Map<String, PipelineJob> jobs = new LinkedHashMap<>();
        List<String> actions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("jobs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode job = e.getValue();
            List<Command> commands = new ArrayList<>();
            for (JsonNode step : job.path("steps")) {
                if (step.has("uses")) {
                    actions.add(step.get("uses").asText());
                    // An action that runs `pulumi up` hides its flags in `with:`; record it so checks see it.
                    if (step.get("uses").asText().startsWith("pulumi/actions") && step.path("with").has("command")) {
                        commands.add(new Command(List.of("pulumi", step.path("with").get("command").asText(),
                                "(via pulumi/actions)"), mayFail(step)));
                    }
                }
                if (step.has("run")) {
                    commands.addAll(commands(step.get("run").asText(), mayFail(step)));
                }
            }
            JsonNode env = job.get("environment");
            Optional<String> environment = env == null ? Optional.empty()
                    : Optional.of(env.isObject() ? env.path("name").asText() : env.asText()).filter(s -> !s.isBlank());
            jobs.put(e.getKey(), new PipelineJob(e.getKey(), names(job.get("needs")), environment,
                    text(job.get("if")), commands));
        }
        return new Pipeline(source, jobs, actions);
    }

    static Pipeline azure(String source, JsonNode root) {
        Map<String, PipelineJob> stages = new LinkedHashMap<>();
        List<String> actions = new ArrayList<>();
        String previous = null;
        for (JsonNode stage : root.path("stages")) {
            String name = stage.path("stage").asText();
            // Azure Pipelines: a stage without dependsOn depends on the stage before it.
            Set<String> needs = stage.has("dependsOn") ? names(stage.get("dependsOn"))
                    : previous == null ? Set.of() : Set.of(previous);
            List<Command> commands = new ArrayList<>();
            Optional<String> environment = Optional.empty();
            for (JsonNode job : stage.path("jobs")) {
                if (job.has("environment")) {
                    JsonNode env = job.get("environment");
                    environment = Optional.of(env.isObject() ? env.path("name").asText() : env.asText())
                            .filter(s -> !s.isBlank());
                }
                List<JsonNode> steps = new ArrayList<>();
                job.path("steps").forEach(steps::add);
                job.path("strategy").path("runOnce").path("deploy").path("steps").forEach(steps::add);
                for (JsonNode step : steps) {
                    if (step.has("task")) {
                        actions.add(step.get("task").asText());
                    }
                    for (String key : List.of("script", "bash", "pwsh", "powershell")) {
                        if (step.has(key)) {
                            commands.addAll(commands(step.get(key).asText(), mayFail(step)));
                        }
                    }
                    if (step.path("inputs").has("script")) {
                        commands.addAll(commands(step.path("inputs").get("script").asText(), mayFail(step)));
                    }
                }
            }
            stages.put(name, new PipelineJob(name, needs, environment, text(stage.get("condition")), commands));
            previous = name;
        }
        return new Pipeline(source, stages, actions);
    }

    /** Splits a script into commands: joins continued lines, splits on newlines, {@code &&}, {@code ;} and {@code ||}. */
    static List<Command> commands(String script, boolean mayFail) {
        List<Command> out = new ArrayList<>();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            // `cmd || true` swallows the exit code: the command before it cannot gate anything.
            boolean swallowed = trimmed.matches(".*\\|\\|\\s*(true|:|exit 0)\\s*$");
            for (String part : trimmed.split("&&|;|\\|\\||\\|")) {
                List<String> words = new ArrayList<>(Arrays.asList(part.strip().split("\\s+")));
                words.removeIf(String::isEmpty);
                if (!words.isEmpty()) {
                    out.add(new Command(List.copyOf(words), mayFail || swallowed));
                }
            }
        }
        return out;
    }

    private static boolean mayFail(JsonNode step) {
        JsonNode c = step.get("continue-on-error");
        if (c == null) {
            c = step.get("continueOnError");
        }
        return c != null && !c.asText().equals("false");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
