package dev.readyservice.cli;

import dev.readyservice.report.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The report flags {@code prr review} and {@code prr report} share: {@code --format} and {@code --out}. */
final class ReportFiles {
    static final Map<String, Format> FORMATS = Map.of("md", Format.MARKDOWN, "json", Format.JSON, "html", Format.HTML,
            "junit", Format.JUNIT, "sarif", Format.SARIF, "handover", Format.HANDOVER);
    static final List<String> ALL = List.of("md", "json", "html", "junit", "sarif", "handover");

    private ReportFiles() {
    }

    /** The formats named; throws {@link IllegalArgumentException} naming a name that is not one. */
    static Set<Format> formats(List<String> names) {
        Set<Format> chosen = EnumSet.noneOf(Format.class);
        for (String f : names) {
            Format format = FORMATS.get(f.trim().toLowerCase(Locale.ROOT));
            if (format == null) {
                throw new IllegalArgumentException("--format '" + f + "' is not a report format; allowed: md, json, html, junit, sarif, handover");
            }
            chosen.add(format);
        }
        return chosen;
    }

    /**
     * Checked before any work that could only end in "cannot create report directory": the folder,
     * or the nearest of its parents that exists, must be a folder.
     *
     * @param shown the folder as the user wrote it, for the message
     */
    static void checkCanHold(Path outDir, Path shown) {
        Path existing = outDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new IllegalArgumentException(existing.equals(outDir)
                    ? "--out " + shown + " is not a directory"
                    : "--out " + shown + " cannot be created: " + existing + " is not a directory");
        }
    }
}
