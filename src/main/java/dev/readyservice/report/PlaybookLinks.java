package dev.readyservice.report;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.review.RecordedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's own check for {@code tech.playbooks}: every monitor's {@code Playbook: <url>} link
 * that names a Markdown file ({@code <anything>/<name>.md}) must have {@code <name>.md} in the
 * project's playbook directory. The pack checks that a link is there; only the review sees the
 * project's files, so only it can check that the link resolves.
 */
final class PlaybookLinks {
    /** The name findings of this check carry, in the pack's naming style. */
    static final String CHECK = "missing-playbook-file";
    static final String ITEM = "tech.playbooks";
    static final String MONITOR_TYPE = "datadog:index/monitor:Monitor";

    private PlaybookLinks() {
    }

    /**
     * What the check found.
     *
     * @param checked links compared with the directory (0 when it is absent)
     * @param unchecked {@code .md} links that could not be compared because the directory is absent
     * @param missing one finding per link whose file is missing
     */
    record Result(int checked, int unchecked, List<Finding> missing) {
        Result {
            missing = List.copyOf(missing);
        }
    }

    static Result check(List<RecordedResource> resources, Playbooks playbooks) {
        int checked = 0;
        int unchecked = 0;
        List<Finding> missing = new ArrayList<>();
        for (RecordedResource r : resources) {
            if (!r.type().equals(MONITOR_TYPE) || !(r.inputs().get("message") instanceof String message)) {
                continue;
            }
            Optional<String> link = link(message);
            Optional<String> file = link.flatMap(PlaybookLinks::markdownFile);
            if (file.isEmpty()) {
                continue;
            }
            if (!playbooks.present()) {
                unchecked++;
                continue;
            }
            checked++;
            if (!playbooks.has(file.get())) {
                missing.add(new Finding(CHECK, List.of(ITEM), EnforcementLevel.MANDATORY, Outcome.VIOLATION,
                        "monitor " + r.name() + " links the playbook " + link.get() + ", but " + playbooks.directory() + "/"
                                + file.get() + " does not exist", r.urn()));
            }
        }
        return new Result(checked, unchecked, missing);
    }

    /** The URL of the message's {@code Playbook:} line. */
    static Optional<String> link(String message) {
        return message.lines().map(String::strip).filter(l -> l.startsWith("Playbook:"))
                .map(l -> l.substring("Playbook:".length()).strip()).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0]).findFirst();
    }

    /** {@code <name>.md} of a link {@code <anything>/<name>.md}, query and fragment ignored. */
    static Optional<String> markdownFile(String link) {
        String path = link.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") && name.length() > ".md".length() ? Optional.of(name) : Optional.empty();
    }
}
