package dev.readyservice.cli;

import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.model.StackPaths;
import dev.readyservice.report.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The flags {@code prr review} and {@code prr report} share, a picocli mixin: which report files
 * ({@code --format}), where ({@code --out}), and what the report reads beside the preview
 * ({@code --playbooks}, {@code --redeploy-max-age}).
 */
final class ReportFiles {
    /** The largest --redeploy-max-age: a hundred years, which already means "any record counts". */
    static final long MAX_REDEPLOY_AGE_DAYS = 36_500;

    /**
     * The names {@code --format} takes, one per report {@link Format}. The flag stays a list of words
     * checked here, not an enum picocli converts: picocli would neither trim {@code "json, md"} nor
     * keep the one-line message, and would print the whole help after it.
     */
    enum FormatName {
        md(Format.MARKDOWN), json(Format.JSON), html(Format.HTML), junit(Format.JUNIT), sarif(Format.SARIF), handover(Format.HANDOVER);

        private final Format format;

        FormatName(Format format) {
            this.format = format;
        }

        Format format() {
            return format;
        }

        /** The names, for the help's {@code ${COMPLETION-CANDIDATES}}. */
        static final class Candidates implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                return Arrays.stream(values()).map(Enum::name).iterator();
            }
        }
    }

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report files go. Default: <project-dir>/target/prr/<stack>/.")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",", completionCandidates = FormatName.Candidates.class,
            description = "Report files to write, any of ${COMPLETION-CANDIDATES}. Default: all.")
    List<String> formats = Arrays.stream(FormatName.values()).map(Enum::name).toList();

    @Option(names = "--playbooks", paramLabel = "DIR",
            description = "Where the playbooks the monitors link live: a link <anything>/<name>.md must have DIR/<name>.md. Default: <project-dir>/docs/playbooks.")
    Path playbooks;

    @Option(names = "--redeploy-max-age", paramLabel = "DAYS",
            description = "How many days a redeploy timing (prr time-redeploy) counts for quality.redeploy-time. Default: ${DEFAULT-VALUE}.")
    long redeployMaxAgeDays = ProjectArtefacts.DEFAULT_REDEPLOY_MAX_AGE.toDays();

    /** The formats named; throws {@link IllegalArgumentException} naming a name that is not one. */
    Set<Format> formats() {
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            String name = f.trim().toLowerCase(Locale.ROOT);
            FormatName format = Arrays.stream(FormatName.values()).filter(n -> n.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--format '" + f + "' is not a report format; allowed: "
                            + Arrays.stream(FormatName.values()).map(Enum::name).collect(Collectors.joining(", "))));
            chosen.add(format.format());
        }
        return chosen;
    }

    /**
     * The folder the files go to. Checked before any work that could only end in "cannot create report
     * directory": the folder, or the nearest of its parents that exists, must be a folder.
     */
    Path outDir(Path project, String stack) {
        Path outDir = out != null ? out.toAbsolutePath().normalize() : StackPaths.outputDir(project, stack);
        Path shown = out != null ? out : outDir;
        Path existing = outDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new IllegalArgumentException(existing.equals(outDir)
                    ? "--out " + shown + " is not a directory"
                    : "--out " + shown + " cannot be created: " + existing + " is not a directory");
        }
        return outDir;
    }

    /** The playbook folder; an absent one is not bad input: the report says the links could not be checked. */
    Path playbookDir(Path project) {
        return playbooks != null ? playbooks.toAbsolutePath().normalize() : project.resolve(Playbooks.DEFAULT_DIRECTORY);
    }

    /** Throws {@link IllegalArgumentException} naming the value and the range. */
    Duration redeployMaxAge() {
        if (redeployMaxAgeDays < 1 || redeployMaxAgeDays > MAX_REDEPLOY_AGE_DAYS) {
            throw new IllegalArgumentException("--redeploy-max-age " + redeployMaxAgeDays + " must be a number of days from 1 to "
                    + MAX_REDEPLOY_AGE_DAYS);
        }
        return Duration.ofDays(redeployMaxAgeDays);
    }
}
