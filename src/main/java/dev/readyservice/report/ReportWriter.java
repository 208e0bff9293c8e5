package dev.readyservice.report;

import dev.readyservice.report.handover.HandoverDocument;
import dev.readyservice.review.Preview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report directory " + outDir, e);
        }
        EnumSet<Format> ordered = EnumSet.noneOf(Format.class);
        ordered.addAll(formats);
        // Each format is an independent rendering of one immutable report, and nothing else runs by
        // now: at 100 components they take 2.5 s one after another (docs/benchmarks.md).
        ExecutorService renderers = Executors.newFixedThreadPool(Math.max(1, Math.min(ordered.size(),
                Runtime.getRuntime().availableProcessors())), ReportWriter::renderer);
        try {
            List<Future<Path>> files = ordered.stream()
                    .map(format -> renderers.submit(() -> writeOne(report, preview, outDir.resolve(format.fileName()), format)))
                    .toList();
            // Every file that can be written is; then the first failure, in format order, is thrown.
            List<Path> written = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<Path> file : files) {
                try {
                    written.add(written(file));
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return written;
        } finally {
            renderers.shutdownNow();
        }
    }

    private static Path writeOne(PrrReport report, Optional<Preview> preview, Path file, Format format) {
        try {
            String text = format == Format.HANDOVER ? HandoverDocument.render(preview.orElseThrow(), report) : render(report, format);
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The file {@code write} wrote, or what it threw. */
    private static Path written(Future<Path> write) {
        try {
            return write.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the report files", e);
        }
    }

    private static Thread renderer(Runnable task) {
        Thread thread = new Thread(task, "report-writer");
        thread.setDaemon(true);
        return thread;
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
