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
import java.util.concurrent.TimeUnit;

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
        // now: at 100 components they take 2.7 s one after another (docs/benchmarks.md).
        ExecutorService renderers = Executors.newFixedThreadPool(Math.max(1, Math.min(ordered.size(),
                Runtime.getRuntime().availableProcessors())), ReportWriter::renderer);
        List<Future<Path>> files;
        try {
            files = ordered.stream()
                    .map(format -> renderers.submit(() -> writeOne(report, preview, outDir.resolve(format.fileName()), format)))
                    .toList();
        } finally {
            // Every file that can be written is, whole, before this returns or throws.
            renderers.shutdown();
            awaitUninterruptibly(renderers);
        }
        List<Path> written = new ArrayList<>();
        Throwable failure = null;
        for (Future<Path> file : files) {
            try {
                written.add(file.get());
            } catch (ExecutionException e) {
                // The first failure in format order is thrown; the others ride along as suppressed.
                if (failure == null) {
                    failure = e.getCause();
                } else {
                    failure.addSuppressed(e.getCause());
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException("a finished report writer cannot be waited for", e);
            }
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return written;
    }

    private static Path writeOne(PrrReport report, Optional<Preview> preview, Path file, Format format) {
        try {
            String text = format == Format.HANDOVER ? HandoverDocument.render(preview.orElseThrow(), report) : render(report, format);
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Waits for every writer to finish; an interrupt is kept for the caller, not acted on halfway. */
    private static void awaitUninterruptibly(ExecutorService renderers) {
        boolean interrupted = false;
        while (true) {
            try {
                if (renderers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
