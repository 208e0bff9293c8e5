package dev.readyservice.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.readyservice.report.handover.HandoverDocument;
import dev.readyservice.review.Preview;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes a {@link PrrReport} in the chosen formats. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes one file per format into {@code outDir}; {@link Format#HANDOVER} needs the preview, so
     * use {@link #writeAll(PrrReport, Preview, Path, Set)} for it.
     *
     * @throws IllegalArgumentException when {@code formats} holds {@link Format#HANDOVER}
     */
    public static List<Path> writeAll(PrrReport report, Path outDir, Set<Format> formats) {
        return write(report, Optional.empty(), outDir, formats);
    }

    /**
     * Writes one file per format into {@code outDir} (created when absent), overwriting old ones.
     *
     * @param preview the preview the report was built from: the handover pack reads its inputs
     * @return the files written, in {@link Format} order
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> writeAll(PrrReport report, Preview preview, Path outDir, Set<Format> formats) {
        return write(report, Optional.of(preview), outDir, formats);
    }

    private static List<Path> write(PrrReport report, Optional<Preview> preview, Path outDir, Set<Format> formats) {
        if (preview.isEmpty() && formats.contains(Format.HANDOVER)) {
            throw new IllegalArgumentException(Format.HANDOVER.fileName() + " is written from the preview: pass it to writeAll");
        }
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
                String text = format == Format.HANDOVER ? HandoverDocument.render(preview.orElseThrow(), report) : render(report, format);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            written.add(file);
        }
        return written;
    }

    /**
     * The report in one format, as text.
     *
     * @throws IllegalArgumentException for {@link Format#HANDOVER}, which needs the preview ({@link HandoverDocument#render})
     */
    public static String render(PrrReport report, Format format) {
        return switch (format) {
            case MARKDOWN -> MarkdownReport.render(report);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report);
            case JUNIT -> JunitReport.render(report);
            case SARIF -> SarifReport.render(report);
            case HANDOVER -> throw new IllegalArgumentException(format.fileName() + " is written from the preview: use HandoverDocument.render");
        };
    }
}
