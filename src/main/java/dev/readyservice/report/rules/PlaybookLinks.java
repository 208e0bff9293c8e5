package dev.readyservice.report.rules;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.evidence.Playbooks;
import dev.readyservice.review.RecordedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's own check for {@code tech.playbooks}: every {@code Playbook: <url>} link of every
 * monitor that names a Markdown file ({@code <anything>/<name>.md}) must have {@code <name>.md} in the
 * project's playbook directory, and that file must say something (not empty, not only a placeholder:
 * {@link PlaybookText}). The pack checks that every link is a link, to a {@code .md} file or to a
 * documentation site its config lists; only the review sees the project's files, so only it can
 * check that a file link resolves.
 */
final class PlaybookLinks {
    /** The name findings of this check carry, in the pack's naming style. */
    static final String CHECK = "missing-playbook-file";
    static final String ITEM = "tech.playbooks";

    private PlaybookLinks() {
    }

    /**
     * What the check found.
     *
     * @param checked links compared with the directory (0 when it is absent)
     * @param unchecked {@code .md} links that could not be compared because the directory is absent
     * @param missing one finding per link whose file is missing, empty or only a placeholder
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
            if (!r.type().equals(ProviderTypes.MONITOR) || !(r.inputs().get("message") instanceof String message)) {
                continue;
            }
            for (String link : links(message)) {
                Optional<String> file = markdownFile(link);
                if (file.isEmpty()) {
                    continue;
                }
                if (!playbooks.present()) {
                    unchecked++;
                    continue;
                }
                checked++;
                String path = playbooks.directory() + "/" + file.get();
                if (!playbooks.has(file.get())) {
                    missing.add(finding(r, "monitor " + r.name() + " links the playbook " + link + ", but " + path + " does not exist"));
                } else if (playbooks.hollow(file.get())) {
                    missing.add(finding(r, "monitor " + r.name() + " links the playbook " + link + ", but " + path
                            + " is empty or only a placeholder"));
                }
            }
        }
        return new Result(checked, unchecked, missing);
    }

    private static Finding finding(RecordedResource monitor, String message) {
        return new Finding(CHECK, List.of(ITEM), EnforcementLevel.MANDATORY, Outcome.VIOLATION, message, monitor.urn());
    }

    /** The URLs of every {@code Playbook:} line of the message, in order. */
    static List<String> links(String message) {
        return message.lines().map(String::strip).filter(l -> l.startsWith("Playbook:"))
                .map(l -> l.substring("Playbook:".length()).strip()).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0]).toList();
    }

    /** {@code <name>.md} of a link {@code <anything>/<name>.md}, query and fragment ignored. */
    static Optional<String> markdownFile(String link) {
        String path = link.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") && name.length() > ".md".length() ? Optional.of(name) : Optional.empty();
    }
}
