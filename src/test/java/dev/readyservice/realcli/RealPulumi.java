package dev.readyservice.realcli;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Pulumi CLI, Java language host and Node.js pack launcher that {@code tools/pulumi/build.sh}
 * built or installed, run offline: the
 * local file backend and {@code PULUMI_HOME} in a temporary folder, a passphrase secrets provider,
 * no update check, no plugin downloads. When they are not built, {@link #find} aborts the test,
 * which JUnit reports as skipped with the reason (never as passed).
 */
final class RealPulumi {
    static final String PASSPHRASE = "stand-in-passphrase-not-a-secret";
    /** Our script that starts a Node.js policy pack for this CLI (tools/pulumi/pulumi-analyzer-policy-nodejs). */
    static final String ANALYZER = "pulumi-analyzer-policy-nodejs";
    private final Path bin;
    private final Path home;

    private RealPulumi(Path bin, Path home) {
        this.bin = bin;
        this.home = home;
    }

    /** The built CLI, with its state in {@code tmp}; aborts (a visible skip) when it is not built. */
    static RealPulumi find(Path tmp) throws IOException, InterruptedException {
        Path script = Path.of("tools", "pulumi", "build.sh").toAbsolutePath();
        Process process = new ProcessBuilder(script.toString(), "--built-only").redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int code = process.waitFor();
        if (code != 0) {
            abort("the real Pulumi CLI is not available (tools/pulumi/build.sh --built-only exited " + code + "): " + err);
        }
        String[] lines = out.split("\n");
        Path bin = Path.of(lines[lines.length - 1]);
        // The CLI must start Node packs through our analyzer script: a Node.js language host would win over it.
        if (!Files.isExecutable(bin.resolve(ANALYZER)) || Files.exists(bin.resolve("pulumi-language-nodejs"))) {
            throw new AssertionError(bin + " must hold " + ANALYZER + " and no pulumi-language-nodejs (tools/pulumi/build.sh)");
        }
        RealPulumi pulumi = new RealPulumi(bin, Files.createDirectories(tmp.resolve("pulumi-home")));
        Path state = Files.createDirectories(tmp.resolve("pulumi-state"));
        Result login = pulumi.run(tmp, Map.of(), 60, "login", "file://" + state);
        if (login.code() != 0) {
            throw new AssertionError("pulumi login to the local backend failed: " + login);
        }
        return pulumi;
    }

    /** The script that starts a Node.js pack folder for this CLI (set {@code READYSERVICE_POLICY_PACK} to the folder). */
    Path analyzer() {
        return bin.resolve(ANALYZER);
    }

    /**
     * Runs {@code pulumi args} in {@code dir} with {@code extraEnv}, killing its process tree after
     * {@code timeoutSeconds}. A {@code --policy-pack DIR} starts the pack through our
     * {@code pulumi-analyzer-policy-nodejs} (the CLI has no Node.js language host: tools/pulumi/README.md).
     */
    Result run(Path dir, Map<String, String> extraEnv, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pulumi").toString()));
        Map<String, String> env = new HashMap<>(environment());
        env.putAll(extraEnv);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--policy-pack") && i + 1 < args.length && Files.isDirectory(Path.of(args[i + 1]))) {
                env.put("READYSERVICE_POLICY_PACK", args[++i]);
                command.addAll(List.of("--policy-pack", bin.resolve(ANALYZER).toString()));
            } else {
                command.add(args[i]);
            }
        }
        Path log = Files.createTempFile(home, "pulumi-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                throw new AssertionError("pulumi " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Offline, with the language hosts beside the CLI found first on PATH. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        env.put("PULUMI_HOME", home.toString());
        env.put("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE);
        env.put("PULUMI_SKIP_UPDATE_CHECK", "true");
        env.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
        // The Go binaries' glog writes its log files to TMPDIR (else /tmp, where they were left behind):
        // inside the test's folder they go with it.
        Path tmp = home.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        env.put("TMPDIR", tmp.toString());
        return env;
    }

    /** What a run printed (stdout and stderr together) and its exit code. */
    record Result(int code, String output) {
        @Override
        public String toString() {
            return "exit " + code + ":\n" + output;
        }
    }
}
