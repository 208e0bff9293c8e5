package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one comparison of two {@code prr-report.json} of the same stack (issue 13): the report a
 * real {@code pulumi preview --policy-pack} gave through {@code prr report --from} (or any report
 * rendered from the pack's evidence) against {@code prr review}'s. They must have the same verdict
 * and, item by item, the same status, reason and findings (item, policy, resource URN, level,
 * message), the same findings no item claims and the same resources not assessed, and, with no
 * difference listed, the same criticality of every component the pack judged. A difference fails unless docs/fidelity.md's
 * table lists it for the case with its reason; a listed difference that no longer occurs fails too,
 * so the table stays true.
 */
public final class ReportConformance {
    /** A row of docs/fidelity.md's table: | case | `item` | real status | offline status | why |. */
    private static final Pattern LISTED = Pattern.compile(
            "^\\| ([a-z0-9][a-z0-9/-]*) \\| `([a-z0-9.-]+)` \\| (\\w[\\w-]*) \\| (\\w[\\w-]*) \\| .+\\|$", Pattern.MULTILINE);

    private ReportConformance() {
    }

    /** The differences docs/fidelity.md lists for the conformance case {@code name}: item → "real offline". */
    public static Map<String, String> listedDifferences(String name) throws IOException {
        return listedDifferences(name, Files.readString(E2eProjects.repo().resolve("docs").resolve("fidelity.md")));
    }

    /** The differences {@code markdown}, a page with the table of docs/fidelity.md, lists for case {@code name}. */
    static Map<String, String> listedDifferences(String name, String markdown) {
        Map<String, String> listed = new TreeMap<>();
        Matcher m = LISTED.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                listed.put(m.group(2), m.group(3) + " " + m.group(4));
            }
        }
        return listed;
    }

    /**
     * Asserts that {@code real} and {@code offline} are the same report but for the items
     * docs/fidelity.md lists for case {@code name}: those must differ exactly as listed.
     */
    public static void assertSameReport(String name, JsonNode real, JsonNode offline) throws IOException {
        assertSameReport(listedDifferences(name), real, offline);
    }

    /** As {@link #assertSameReport(String, JsonNode, JsonNode)}, with the allowed differences given. */
    public static void assertSameReport(Map<String, String> listed, JsonNode real, JsonNode offline) {
        Map<String, String> realStatuses = statuses(real);
        Map<String, String> offlineStatuses = statuses(offline);
        assertThat(realStatuses.keySet()).as("the items of both reports").isEqualTo(offlineStatuses.keySet()).isNotEmpty();
        Map<String, String> found = new TreeMap<>();
        realStatuses.forEach((item, status) -> {
            if (!status.equals(offlineStatuses.get(item))) {
                found.put(item, status + " " + offlineStatuses.get(item));
            }
        });
        assertThat(found).as("item statuses that differ, real first; docs/fidelity.md lists %s;\nreal:%s\noffline:%s", listed,
                detail(real, found.keySet()), detail(offline, found.keySet())).isEqualTo(listed);
        assertThat(reasons(real, listed.keySet())).as("reasons of the items that agree, real vs offline")
                .isEqualTo(reasons(offline, listed.keySet()));
        assertThat(findings(real, listed.keySet())).as("findings of the items that agree, real vs offline")
                .isEqualTo(findings(offline, listed.keySet()));
        assertThat(notAssessed(real)).as("resources of providers the pack does not judge, real vs offline").isEqualTo(notAssessed(offline));
        if (listed.isEmpty()) {
            assertThat(real.get("verdict").asText()).as("verdict, real vs offline").isEqualTo(offline.get("verdict").asText());
            // The pack's judgement of the components travels in the AnalyzeStack trailer offline and in
            // findings.json from a real preview: the report must render the same on both paths.
            assertThat(criticality(real)).as("each component the pack judged: criticality and why, real vs offline")
                    .isEqualTo(criticality(offline));
        } else if (listed.values().stream().anyMatch(statuses -> statuses.startsWith("fail "))) {
            // An item that fails only under the real engine makes that verdict not ready.
            assertThat(real.get("verdict").asText()).as("the real verdict with a listed failure").isEqualTo("not-ready");
        }
    }

    /** Item id → status. */
    public static Map<String, String> statuses(JsonNode report) {
        Map<String, String> items = new TreeMap<>();
        report.get("items").forEach(i -> items.put(i.get("id").asText(), i.get("status").asText()));
        return items;
    }

    private static Map<String, String> reasons(JsonNode report, Set<String> except) {
        Map<String, String> reasons = new TreeMap<>();
        report.get("items").forEach(i -> {
            if (!except.contains(i.get("id").asText())) {
                reasons.put(i.get("id").asText(), i.get("reason").asText());
            }
        });
        return reasons;
    }

    /** Every finding of every item not in {@code except}, and every finding no item claims. */
    private static Set<String> findings(JsonNode report, Set<String> except) {
        Set<String> findings = new TreeSet<>();
        report.get("items").forEach(i -> {
            if (!except.contains(i.get("id").asText())) {
                i.get("findings").forEach(f -> findings.add(i.get("id").asText() + " " + finding(f)));
            }
        });
        report.get("unassignedFindings").forEach(f -> findings.add("- " + finding(f)));
        return findings;
    }

    /** Component → criticality and why, for the components the policy pack judged. */
    static Map<String, String> criticality(JsonNode report) {
        Map<String, String> judged = new TreeMap<>();
        report.path("components").forEach(c -> {
            if (c.path("criticalityJudgedBy").asText().equals("policy-pack")) {
                judged.put(c.path("name").asText(), c.path("customerFacing").asText() + " " + c.path("criticalityWhy").asText());
            }
        });
        return judged;
    }

    private static Set<String> notAssessed(JsonNode report) {
        Set<String> resources = new TreeSet<>();
        report.path("notAssessed").forEach(r -> resources.add(r.path("type").asText() + " " + r.path("urn").asText()));
        return resources;
    }

    private static String finding(JsonNode f) {
        return f.path("policy").asText() + " " + f.path("urn").asText() + " " + f.path("level").asText() + " " + f.path("message").asText();
    }

    /** The reason and findings of {@code items}, to say why they differ. */
    private static String detail(JsonNode report, Set<String> items) {
        StringBuilder text = new StringBuilder();
        report.get("items").forEach(i -> {
            if (items.contains(i.get("id").asText())) {
                text.append('\n').append(i.get("id").asText()).append(": ").append(i.get("reason").asText());
                i.get("findings").forEach(f -> text.append("\n  ").append(finding(f)));
            }
        });
        return text.toString();
    }

    /** Reads {@code dir/prr-report.json}. */
    public static JsonNode read(Path dir) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("prr-report.json").toFile());
    }
}
