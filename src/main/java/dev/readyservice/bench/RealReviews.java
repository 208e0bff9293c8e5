package dev.readyservice.bench;

import dev.readyservice.review.launch.ProgramCommand;
import dev.readyservice.review.launch.ProgramProcess;
import dev.readyservice.review.launch.ProgramResult;
import dev.readyservice.review.realengine.RealPreview;
import dev.readyservice.standin.CreatePreviewOutputs;
import dev.readyservice.standin.StandInProviders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real side of the bench: {@code prr review --engine pulumi} of a generated product, which runs
 * the real {@code pulumi preview --policy-pack} through the review's own runner ({@link RealPreview}),
 * offline: the local file backend and {@code PULUMI_HOME} in the bench's scratch folder, a passphrase
 * secrets provider, no update check and no plugin downloads, and <strong>stand-in</strong> providers
 * ({@link StandInProviders}, answering with the offline engine's model) attached with
 * {@code PULUMI_DEBUG_PROVIDERS}: the figures are the engine's, the SDK's and the pack's, never a cloud's.
 */
final class RealReviews implements AutoCloseable {
    /** What the stand-in stacks' secrets are encrypted with: a fixed test value, not a secret. */
    static final String PASSPHRASE = "prr-bench-stand-in-passphrase-not-a-secret";
    /** What {@code prr review --engine pulumi} prints before the real preview's time ({@code ReviewCommand.REAL_PREVIEW_LINE}). */
    private static final Pattern REAL_PREVIEW = Pattern.compile("real pulumi preview \\(the policy pack included\\) (\\d+(?:\\.\\d+)?) s");
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(120);

    private final Path pulumi;
    private final Path workDir;
    private final StandInProviders standIns;

    private RealReviews(Path pulumi, Path workDir, StandInProviders standIns) {
        this.pulumi = pulumi;
        this.workDir = workDir;
        this.standIns = standIns;
    }

    /** Starts the stand-in providers the real previews of this bench attach to. */
    static RealReviews start(Path pulumi, Path workDir) {
        return new RealReviews(pulumi, workDir, StandInProviders.start(StandInProviders.OUR_PACKAGES, CreatePreviewOutputs.model()));
    }

    /**
     * The CLI's environment for the product in {@code product}: offline, in the scratch folder, with
     * the stand-ins attached. Each product has a backend of its own: every generated product is
     * project {@code bench}, stack {@code bench}.
     */
    Map<String, String> environment(Path product) {
        Map<String, String> env = new HashMap<>();
        env.put("PULUMI_HOME", directory("pulumi-home").toString());
        env.put("PULUMI_BACKEND_URL", "file://" + directory("pulumi-state-" + product.getFileName()));
        env.put("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE);
        env.put("PULUMI_SKIP_UPDATE_CHECK", "true");
        env.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
        // The Go binaries write their glog files to TMPDIR: in the scratch folder they go with it.
        env.put("TMPDIR", directory("pulumi-tmp").toString());
        env.put("PULUMI_DEBUG_PROVIDERS", standIns.debugProviders());
        return env;
    }

    /** {@code pulumi version}, for the document. */
    String version() {
        ProgramResult result = cli(workDir, workDir, "version");
        return result.succeeded() && !result.outputTail().isEmpty() ? result.outputTail().get(result.outputTail().size() - 1).trim()
                : "(pulumi version failed: " + RealPreview.tail(result, 3) + ")";
    }

    /**
     * Creates {@code stack} of the project in {@code dir} in the local backend with a passphrase, and
     * gives it the Postgres password as a secret of its own: the generated stack file's
     * {@code secure:} value is a placeholder no passphrase decrypts. Done before any review of the
     * product, so the offline and the real review read the same stack file.
     */
    void prepare(Path dir, String stack) {
        Path stackFile = dir.resolve("Pulumi." + stack + ".yaml");
        try {
            Files.writeString(stackFile, Files.readString(stackFile).replaceAll("  readyservice:postgresAdminPassword:\\n    secure: \\S+\\n", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + stackFile + ": " + e.getMessage(), e);
        }
        for (List<String> args : List.of(List.of("stack", "init", stack, "--secrets-provider", "passphrase"),
                List.of("config", "set", "--secret", "--stack", stack, "readyservice:postgresAdminPassword", "stand-in-password-not-a-secret"))) {
            ProgramResult result = cli(dir, dir, args.toArray(String[]::new));
            if (!result.succeeded()) {
                throw new BenchException("pulumi " + String.join(" ", args) + " in " + dir + " failed (exit " + result.exitCode()
                        + (result.timedOut() ? ", timed out" : "") + "):\n" + RealPreview.tail(result, 15));
            }
        }
    }

    /**
     * {@code prr review --engine pulumi --pulumi <cli>} with the flags of the offline review
     * {@code offline}, the CLI given the bench's own {@code timeout} (the review's default, 300 s, is
     * less than the real preview of a large product needs on a loaded machine).
     */
    List<String> reviewCommand(List<String> offline, Duration timeout) {
        List<String> command = new ArrayList<>(offline.subList(0, 2));
        command.addAll(List.of("--engine", "pulumi", "--pulumi", pulumi.toString(), "--timeout", String.valueOf(timeout.toSeconds())));
        command.addAll(offline.subList(2, offline.size()));
        int out = command.indexOf("--out");
        command.set(out + 1, command.get(out + 1) + "-real");
        return command;
    }

    /** The real preview's time, as {@code prr review --engine pulumi} printed it on stdout. */
    static Duration previewTime(String stdout, String stderr) {
        Matcher m = REAL_PREVIEW.matcher(stdout);
        if (!m.find()) {
            throw new BenchException("prr review --engine pulumi did not print 'real pulumi preview (the policy pack included) <s> s';"
                    + " its last output:\n" + MeasuredProcess.tail(stdout + stderr, 15));
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(m.group(1)) * 1000));
    }

    private ProgramResult cli(Path dir, Path product, String... args) {
        List<String> command = new ArrayList<>(List.of(pulumi.toString()));
        command.addAll(List.of(args));
        return ProgramProcess.run(new ProgramCommand(command, dir), environment(product), SETUP_TIMEOUT, null);
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(workDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        standIns.close();
    }
}
