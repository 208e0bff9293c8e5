package dev.readyservice.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Writes a {@link PrrReport} in the chosen formats. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes one file per format into {@code outDir} (created when absent), overwriting old ones.
     *
     * @return the files written, in {@link Format} order
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> writeAll(PrrReport report, Path outDir, Set<Format> formats) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report directory " + outDir, e);
        }
        EnumSet<Format> ordered = EnumSet.noneOf(Format.class);
        ordered.addAll(formats);
        for (Format format : ordered) {
            Path file = outDir.resolve(format.fileName());
            try {
                Files.writeString(file, render(report, format), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            written.add(file);
        }
        return written;
    }

    /** The report in one format, as text. */
    public static String render(PrrReport report, Format format) {
        return switch (format) {
            case MARKDOWN -> MarkdownReport.render(report);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report);
            case JUNIT -> JunitReport.render(report);
            case SARIF -> SarifReport.render(report);
        };
    }
}
