package dev.readyservice.review.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data sharing (CDS) archive of a prebuilt program jar's JVM ({@code runtime.options.binary}),
 * kept between reviews beside the review JVM's own, by the same rule as the {@code prr} launcher:
 * the first review of a jar records it as the program's JVM exits ({@code -XX:ArchiveClassesAtExit}),
 * later ones map it ({@code -XX:SharedArchiveFile}). A program JVM spends a second of a short
 * review loading and verifying the Pulumi SDK, gRPC and provider classes; mapped, that falls to a
 * third and the review's CPU by 0.5 s (docs/benchmarks.md, issue 13). CDS changes only where classes
 * come from: the JVM checks that every jar of the class path is the one the archive was made from
 * and, with the default {@code -Xshare:auto} and its messages off, runs without an archive it
 * refuses, so the archive is never a cause of failure.
 *
 * <p>Recorded only where writing cannot fail for a known reason (a JVM that cannot write its archive
 * exits 1 whatever the program returned): a writable cache folder and no JVM options from the
 * environment. A Maven- or Gradle-run program gets none: its class path holds directories, which
 * the JVM does not archive.
 */
public final class ProgramArchive {
    /** Quiet: an archive the JVM refuses, or its recording, must not reach the program's output. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** A recording left by a review that was killed, as the launcher deletes the review JVM's. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path archive;
    private final Path recording;

    private ProgramArchive(Path archive, Path recording) {
        this.archive = archive;
        this.recording = recording;
    }

    /**
     * Where the archives are kept: {@code <prr home>/target/cds}, the folder of the launcher's own
     * archive (so {@code mvn clean} removes both); empty when the review was not started by the
     * launcher, which names its home in {@code prr.home}.
     */
    public static Optional<Path> cacheDir() {
        return Optional.ofNullable(System.getProperty("prr.home")).map(home -> Path.of(home, "target", "cds"));
    }

    /**
     * The archive of {@code jar} in {@code cacheDir}: mapped when one was recorded for this jar (path,
     * size, modification time) and this Java, else recorded by this run; empty when recording could
     * change how the program ends.
     *
     * @param environment the environment the program will see
     */
    public static Optional<ProgramArchive> forJar(Path jar, Path cacheDir, Map<String, String> environment) {
        if (JVM_OPTION_VARIABLES.stream().anyMatch(v -> !environment.getOrDefault(v, "").isBlank())) {
            return Optional.empty();
        }
        try {
            String prefix = "program-" + digest(System.getProperty("java.home") + "\n" + Runtime.version() + "\n"
                    + ProgramCommand.JVM_OPTIONS + "\n" + jar.toAbsolutePath().normalize()) + "-";
            Path archive = cacheDir.resolve(prefix + digest(Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis()) + ".jsa");
            if (Files.isRegularFile(archive)) {
                return Optional.of(new ProgramArchive(archive, null));
            }
            Files.createDirectories(cacheDir);
            if (!Files.isWritable(cacheDir)) {
                return Optional.empty();
            }
            deleteAbandoned(cacheDir);
            return Optional.of(new ProgramArchive(archive,
                    cacheDir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when this run records the archive (the program's JVM takes longer to exit, once). */
    public boolean records() {
        return recording != null;
    }

    /** The JVM options that map or record this archive. */
    public List<String> jvmOptions() {
        return Stream.concat(QUIET.stream(), Stream.of(records() ? "-XX:ArchiveClassesAtExit=" + recording
                : "-XX:SharedArchiveFile=" + archive)).toList();
    }

    /**
     * Keeps what a recording run wrote when the program exited 0 in time (a failed or stopped run
     * loaded only part of what the program needs), replacing the archives of earlier builds of the
     * same jar; deletes it otherwise.
     */
    public void settle(ProgramResult result) {
        if (!records()) {
            return;
        }
        try {
            if (result.succeeded() && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                String name = archive.getFileName().toString();
                String jarPrefix = name.substring(0, name.lastIndexOf('-') + 1);
                try (Stream<Path> files = Files.list(archive.getParent())) {
                    for (Path old : files.filter(p -> p.getFileName().toString().startsWith(jarPrefix)
                            && p.getFileName().toString().endsWith(".jsa") && !p.equals(archive)).toList()) {
                        Files.deleteIfExists(old);
                    }
                }
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

    /** 24 hex digits of SHA-256: names a folder's files, nothing depends on it being secret. */
    private static String digest(String identity) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void deleteAbandoned(Path cacheDir) throws IOException {
        Instant cutoff = Instant.now().minus(ABANDONED);
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("program-") && p.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
