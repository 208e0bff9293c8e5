package dev.readyservice.review.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data sharing (CDS) archive for a program's JVM, kept between reviews. A Java program's
 * JVM spends much of a short run loading and verifying the Pulumi SDK, gRPC and provider classes;
 * mapping them from an archive instead saves about half a second a review (docs/benchmarks.md).
 * The first review of a program records the archive as its JVM exits
 * ({@code -XX:ArchiveClassesAtExit}); later reviews map it ({@code -XX:SharedArchiveFile}). CDS
 * changes only where classes come from: the JVM checks that every jar on the class path is the one
 * the archive was made from and ignores an archive that is not, and a jar newer than the archive
 * makes a new recording.
 *
 * <p>A JVM that cannot write its archive exits with status 1 whatever the program returned, so
 * recording is done only where writing cannot fail for a known reason: every class path entry is a
 * jar file (the JVM refuses to archive a directory such as {@code target/classes}), the cache
 * folder is writable, and the environment sets no JVM options of its own. Anywhere else the program
 * runs exactly as without an archive.
 */
public final class ClassDataArchive {
    /** Archives kept in the cache folder, the most recently recorded first; older ones are deleted. */
    static final int KEEP = 8;
    /** A recording left by a review that was killed is deleted after this long. */
    static final Duration ABANDONED = Duration.ofHours(1);
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private final Path archive;
    private final Path recording;

    private ClassDataArchive(Path archive, Path recording) {
        this.archive = archive;
        this.recording = recording;
    }

    /**
     * Where {@code prr} keeps program archives: beside the review JVM's own, which the {@code prr}
     * launcher keeps in {@code <prr home>/target/cds} (so {@code mvn clean} removes both).
     */
    public static Path cacheIn(Path prrHome) {
        return prrHome.resolve("target").resolve("cds").resolve("programs");
    }

    /**
     * The archive for {@code command} in {@code cacheDir}: shared when a current one exists,
     * recorded otherwise; empty when the command is not a {@code java} command whose class path is
     * all jars, or when recording could change how it runs.
     *
     * @param environment the environment the program will see (this JVM's plus what the review adds)
     */
    public static Optional<ClassDataArchive> forCommand(ProgramCommand command, Path cacheDir, Map<String, String> environment) {
        if (JVM_OPTION_VARIABLES.stream().anyMatch(v -> !environment.getOrDefault(v, "").isBlank())) {
            return Optional.empty();
        }
        Optional<List<Path>> classPath = command.classPath();
        if (classPath.isEmpty() || classPath.get().isEmpty() || !classPath.get().stream().allMatch(ClassDataArchive::isJar)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!Files.isWritable(cacheDir)) {
            return Optional.empty();
        }
        Path archive = cacheDir.resolve(key(command, classPath.get()) + ".jsa");
        if (isCurrent(archive, classPath.get())) {
            return Optional.of(new ClassDataArchive(archive, null));
        }
        deleteAbandoned(cacheDir);
        return Optional.of(new ClassDataArchive(archive, cacheDir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".tmp")));
    }

    /** True when this run records the archive (the program's JVM takes a little longer to exit). */
    public boolean records() {
        return recording != null;
    }

    /** The archive file. */
    public Path archive() {
        return archive;
    }

    /** {@code command} with the options that share or record this archive. */
    public ProgramCommand apply(ProgramCommand command) {
        List<String> options = new ArrayList<>(QUIET);
        options.add(records() ? "-XX:ArchiveClassesAtExit=" + recording : "-XX:SharedArchiveFile=" + archive);
        return command.withJvmOptions(options);
    }

    /**
     * Keeps a recording the program's JVM wrote on a clean exit (status 0, not stopped): a failed
     * or stopped run loaded only part of what the program needs. Deletes it otherwise.
     */
    public void settle(int exitCode, boolean stopped) {
        if (!records()) {
            return;
        }
        try {
            if (exitCode == 0 && !stopped && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                prune(archive.getParent());
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs the next review its head start.
            try {
                Files.deleteIfExists(recording);
            } catch (IOException ignored) {
                // Left for deleteAbandoned.
            }
        }
    }

    /**
     * One archive per Java installation, JVM options and class path (program arguments and the
     * working directory do not change which classes a JVM can share).
     */
    static String key(ProgramCommand command, List<Path> classPath) {
        StringBuilder identity = new StringBuilder(Runtime.version().toString()).append('\n');
        identity.append(String.join("\n", command.command().subList(0, command.mainIndex()))).append('\n');
        identity.append(command.command().get(command.mainIndex())).append('\n');
        classPath.forEach(entry -> identity.append(entry.toAbsolutePath().normalize()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static boolean isJar(Path entry) {
        return Files.isRegularFile(entry) && entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /** Newer than every jar it was made from: a rebuilt jar makes a new recording. */
    static boolean isCurrent(Path archive, List<Path> classPath) {
        try {
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return false;
            }
            FileTime recorded = Files.getLastModifiedTime(archive);
            for (Path entry : classPath) {
                if (Files.getLastModifiedTime(entry).compareTo(recorded) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the {@link #KEEP} most recently recorded archives. */
    static void prune(Path cacheDir) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(cacheDir)) {
            archives = files.filter(p -> p.getFileName().toString().endsWith(".jsa"))
                    .sorted(Comparator.comparing(ClassDataArchive::modified).reversed()).toList();
        }
        for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void deleteAbandoned(Path cacheDir) {
        Instant cutoff = Instant.now().minus(ABANDONED);
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                if (modified(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Only tidiness is lost.
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
