package dev.readyservice.cli;

import dev.readyservice.model.StackPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The flags several {@code prr} commands take, as picocli mixins: one name, one description and one
 * default each. {@link ReportFiles} holds the report flags of {@code review} and {@code report}.
 */
final class SharedOptions {
    /** The longest --timeout: a day. A run that needs more is stuck, and larger numbers overflow the clock's arithmetic. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    private SharedOptions() {
    }

    /** Where prr is installed: the {@code prr.home} the launcher sets, else the working directory. */
    static Path prrHome() {
        return Path.of(System.getProperty("prr.home", "."));
    }

    /** {@code --project-dir}: review, report, time-redeploy, init. */
    static final class ProjectDir {
        @Option(names = "--project-dir", paramLabel = "DIR", description = "The Pulumi project (holds Pulumi.yaml). Default: the current directory.")
        Path projectDir = Path.of(".");

        /** The folder, absolute; not checked (a command whose options check it). */
        Path absolute() {
            return projectDir.toAbsolutePath().normalize();
        }

        /** The folder, absolute; throws {@link IllegalArgumentException} when it is not a folder. */
        Path existing() {
            Path project = absolute();
            if (!Files.isDirectory(project)) {
                throw new IllegalArgumentException("--project-dir " + projectDir + " is not a directory");
            }
            return project;
        }
    }

    /** {@code --stack} with its default: review, time-redeploy, init. ({@code prr report} requires it: the evidence is of one stack.) */
    static final class Stack {
        static final String DEFAULT = "qa";

        @Option(names = "--stack", paramLabel = "NAME", description = "The stack (Pulumi.<NAME>.yaml). Default: ${DEFAULT-VALUE}.")
        String stack = DEFAULT;
    }

    /**
     * {@code --policy-pack} and {@code --policy-config}: review and time-redeploy. The config flag keeps
     * {@code --policy-pack-config}, the Pulumi CLI's name and time-redeploy's first one, as an alias.
     */
    static final class PolicyPack {
        @Option(names = "--policy-pack", paramLabel = "DIR",
                description = "The policy pack: its folder (time-redeploy also takes an executable analyzer plugin). "
                        + "Default: the pack bundled with prr (policy/).")
        Path policyPack;

        @Option(names = {"--policy-config", "--policy-pack-config"}, paramLabel = "FILE",
                description = "Policy config, as `pulumi preview --policy-pack-config` takes it. Default: <pack>/config/<stack>.json "
                        + "(review: when it exists, else none, every policy mandatory).")
        Path policyConfig;

        /** The pack given, else the bundled one; absolute. */
        Path pack() {
            return (policyPack != null ? policyPack : prrHome().resolve("policy")).toAbsolutePath().normalize();
        }

        /** The config given, else {@code <pack>/config/<stack>.json}; absolute, not checked. */
        Path config(String stack) {
            return policyConfig != null ? policyConfig.toAbsolutePath().normalize() : StackPaths.policyConfig(pack(), stack);
        }

        /** The config file given, absolute; throws {@link IllegalArgumentException} when it is not a file. */
        Optional<Path> existingConfig() {
            if (policyConfig == null) {
                return Optional.empty();
            }
            if (Files.isDirectory(policyConfig)) {
                throw new IllegalArgumentException("--policy-config " + policyConfig + " is a directory; give the policy config file");
            }
            if (!Files.isRegularFile(policyConfig)) {
                throw new IllegalArgumentException("--policy-config " + policyConfig + " does not exist");
            }
            return Optional.of(policyConfig.toAbsolutePath().normalize());
        }
    }

    /** {@code --timeout} of the program (and the pack): review, init. */
    static final class Timeout {
        @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long the program and the pack may each run. Default: ${DEFAULT-VALUE} s.")
        long timeoutSeconds = 300;

        /** Throws {@link IllegalArgumentException} naming the value and the range. */
        java.time.Duration duration() {
            if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
                throw new IllegalArgumentException("--timeout " + timeoutSeconds + " must be a number of seconds from 1 to " + MAX_TIMEOUT_SECONDS);
            }
            return java.time.Duration.ofSeconds(timeoutSeconds);
        }
    }
}
