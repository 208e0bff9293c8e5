package dev.readyservice.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.cli.Prr;
import dev.readyservice.testsupport.PrrRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@code prr review} run through the real command line ({@link Prr#commandLine()}), with its
 * exit code, captured stdout and stderr, and the report it wrote.
 *
 * @param exitCode what {@code prr} would exit with
 * @param out captured standard output
 * @param err captured standard error
 * @param outDir where the report files went
 */
record ReviewRun(int exitCode, String out, String err, Path outDir) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code prr review <args> --out <outDir>}. */
    static ReviewRun review(Path outDir, String... args) {
        List<String> all = new ArrayList<>(List.of("review"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--out", outDir.toString()));
        PrrRun run = PrrRun.of(all.toArray(String[]::new));
        return new ReviewRun(run.code(), run.out(), run.err(), outDir);
    }

    /**
     * Writes {@code program} as a project named {@code shop} into {@code dir/project} and reviews
     * {@code stack} with the built pack, the JSON report going to {@code dir/out}.
     */
    static ReviewRun reviewShop(Path dir, Class<?> program, String stack, String stackYaml) throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("project")), "shop", program, stack, stackYaml);
        return review(dir.resolve("out"), "--project-dir", project.toString(), "--stack", stack,
                "--policy-pack", E2eProjects.pack().toString(), "--format", "json");
    }

    /**
     * Writes {@code program} as a project named {@code shop} into {@code dir/<name>}, with the
     * repository's playbooks under {@code docs/playbooks}, and reviews {@code stack} with the built
     * pack and {@code policyConfig}, the JSON report going to {@code dir/<name>-out}.
     */
    static ReviewRun reviewShopWithPlaybooks(Path dir, String name, Class<?> program, String stack, String stackYaml, Path policyConfig)
            throws IOException {
        Path project = E2eProjects.withPlaybooks(
                E2eProjects.fixtureProject(Files.createDirectories(dir.resolve(name)), "shop", program, stack, stackYaml));
        return review(dir.resolve(name + "-out"), "--project-dir", project.toString(), "--stack", stack,
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", policyConfig.toString(), "--format", "json");
    }

    /** Every finding of every item, in report order. */
    List<JsonNode> findings() {
        List<JsonNode> all = new ArrayList<>();
        json().get("items").forEach(item -> item.get("findings").forEach(all::add));
        return all;
    }

    /** The messages of one item's findings of one policy, in report order. */
    List<String> messages(String itemId, String policy) {
        List<String> found = new ArrayList<>();
        for (JsonNode f : item(itemId).get("findings")) {
            if (f.get("policy").asText().equals(policy)) {
                found.add(f.get("message").asText());
            }
        }
        return found;
    }

    /** The Azure URNs the report lists under one component. */
    List<String> azureOf(String component) {
        List<String> urns = new ArrayList<>();
        for (JsonNode c : json().get("components")) {
            if (c.get("name").asText().equals(component)) {
                c.get("azure").forEach(u -> urns.add(u.asText()));
                return urns;
            }
        }
        throw new AssertionError("the report has no component " + component + ": " + json().get("components"));
    }

    /** The JSON report. */
    JsonNode json() {
        try {
            return JSON.readTree(outDir.resolve("prr-report.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Item id to status, in report order. */
    Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        json().get("items").forEach(item -> statuses.put(item.get("id").asText(), item.get("status").asText()));
        return statuses;
    }

    /** The item ids whose status blocks the verdict ({@code fail}, {@code missing-sign-off}). */
    Set<String> blockingItems() {
        Set<String> blocking = new TreeSet<>();
        statuses().forEach((id, status) -> {
            if (status.equals("fail") || status.equals("missing-sign-off")) {
                blocking.add(id);
            }
        });
        return blocking;
    }

    /** The report's entry for one item. */
    JsonNode item(String id) {
        for (JsonNode item : json().get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("the report has no item " + id);
    }

    /** The messages of one item's findings, sorted. */
    Set<String> messages(String itemId) {
        Set<String> messages = new TreeSet<>();
        item(itemId).get("findings").forEach(f -> messages.add(f.get("message").asText()));
        return messages;
    }

    /** Both captured streams, for messages and for what must never be printed. */
    String console() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
