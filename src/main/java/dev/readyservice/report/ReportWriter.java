package dev.readyservice.report;

import dev.readyservice.report.handover.HandoverDocument;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.readyservice.review.secrets.SecretMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
     * Writes one file per format into {@code outDir} (created when absent), overwriting old ones.
     *
     * @return the files written, in {@link Format} order
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> writeAll(PrrReport report, Path outDir, Set<Format> formats) {
        return writeAll(report, outDir, formats, SecretMask.knownFormats());
    }

    /**
     * As {@link #writeAll(PrrReport, Path, Set)}, every file's text passed through {@code secrets}
     * (also matching each secret as the formats escape it), so no credential of the project's config
     * reaches a report file, whichever field carried it.
     */
    public static List<Path> writeAll(PrrReport report, Path outDir, Set<Format> formats, SecretMask secrets) {
        // Each format escapes what it writes; a secret must be found in the file as the format wrote it.
        SecretMask mask = secrets.withEncodings(List.of(Escape::html, Escape::markdown, Escape::mermaid, Escape::xmlChars,
                ReportWriter::jsonString, Escape::xmlText, Escape::xmlAttribute));
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
                    .map(format -> renderers.submit(() -> writeOne(report, outDir.resolve(format.fileName()), format, mask)))
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

    /**
     * Writes under a temporary name beside the file, then renames it into place: a reader, or a
     * review killed halfway, never sees a half-written report under the report's name.
     */
    private static Path writeOne(PrrReport report, Path file, Format format, SecretMask mask) {
        Path temporary = ReportDirectory.temporaryFor(file);
        try {
            String text = render(report, format);
            Files.writeString(temporary, mask.apply(text), StandardCharsets.UTF_8);
            return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write " + file + ": " + ReportDirectory.reason(e), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next review removes leftover temporary files (ReportDirectory.claim).
        }
    }

    /** A value as it appears inside a JSON string. */
    private static String jsonString(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
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

    /** The report in one format, as text. */
    public static String render(PrrReport report, Format format) {
        return switch (format) {
            case MARKDOWN -> MarkdownReport.render(report);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report);
            case JUNIT -> JunitReport.render(report);
            case SARIF -> SarifReport.render(report);
            case HANDOVER -> HandoverDocument.render(report);
        };
    }
}
