package dev.readyservice.deploy;

import dev.readyservice.model.StackPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a redeploy run times and where it records it. Build with {@link #builder()}; only the
 * project directory is required. A record: the options are plain values, so their fields, accessors
 * and equality need no hand-written copies; the accessors of the files that have defaults resolve them.
 *
 * @param projectDir the Pulumi project directory (holding {@code Pulumi.yaml})
 * @param stack the stack to time; {@value #DEFAULT_STACK} when not set
 * @param budget the redeploy budget; five minutes when not set
 * @param recordFile the record file given, or null for the default ({@link #recordFile()} resolves it)
 * @param rebuild whether to also time a destroy and a rebuild from nothing; false when not set. Refused on prod.
 * @param policyPack the pack given, or null for the default ({@link #policyPack()} resolves it)
 * @param policyPackConfig the pack config given, or null for the default ({@link #policyPackConfig()} resolves it)
 */
public record RedeployOptions(Path projectDir, String stack, Duration budget, Path recordFile, boolean rebuild, Path policyPack,
        Path policyPackConfig) {
    /** The stack timed when none is given. */
    public static final String DEFAULT_STACK = "qa";
    /** The PRR budget for a redeploy: five minutes. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);

    /**
     * @throws IllegalArgumentException naming the field when projectDir is unset, the stack name
     *     is not a Pulumi stack name, or the budget is not positive
     */
    public RedeployOptions {
        if (projectDir == null) {
            throw new IllegalArgumentException("projectDir: required; the directory holding Pulumi.yaml");
        }
        if (!StackPaths.isStackName(stack)) {
            throw new IllegalArgumentException("stack: '" + stack + "' is not a stack name; expected letters,"
                    + " digits, '-', '_' or '.', optionally as org/project/stack");
        }
        Objects.requireNonNull(budget, "budget");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("budget: " + budget + " must be positive");
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the record is written; when not set, {@code <projectDir>/target/prr/<stack>/redeploy.json}
     * (the last segment of a qualified stack name {@code org/project/stack}).
     */
    @Override
    public Path recordFile() {
        return recordFile != null ? recordFile : defaultRecordFile(projectDir, stack);
    }

    /**
     * The policy pack every {@code up} runs with, as {@code pulumi up --policy-pack} would; when not
     * set, {@code <projectDir>/policy}. A redeploy without the pack is not the deploy the PRR judges.
     */
    @Override
    public Path policyPack() {
        return policyPack != null ? policyPack : StackPaths.policyPack(projectDir);
    }

    /** The pack's configuration; when not set, {@code <projectDir>/policy/config/<stack>.json}. */
    @Override
    public Path policyPackConfig() {
        return policyPackConfig != null ? policyPackConfig
                : StackPaths.policyConfig(StackPaths.policyPack(projectDir), stack);
    }

    /** The default record file of {@code stack} in {@code projectDir}. */
    public static Path defaultRecordFile(Path projectDir, String stack) {
        return StackPaths.redeployRecord(projectDir, stack);
    }

    /** Builds {@link RedeployOptions}. */
    public static final class Builder {
        private Path projectDir;
        private String stack = DEFAULT_STACK;
        private Duration budget = DEFAULT_BUDGET;
        private Path recordFile;
        private boolean rebuild;
        private Path policyPack;
        private Path policyPackConfig;

        private Builder() {
        }

        /** The Pulumi project directory. Required. */
        public Builder projectDir(Path projectDir) {
            this.projectDir = projectDir;
            return this;
        }

        /** The stack name; {@value #DEFAULT_STACK} when not called. */
        public Builder stack(String stack) {
            this.stack = stack;
            return this;
        }

        /** The budget; five minutes when not called. */
        public Builder budget(Duration budget) {
            this.budget = budget;
            return this;
        }

        /**
         * The budget as typed, e.g. {@code 5m}, {@code 300s}, {@code 2m30s}.
         *
         * @throws IllegalArgumentException naming {@code budget}, the value and the allowed forms
         */
        public Builder budget(String budget) {
            this.budget = DurationText.parse("budget", budget);
            return this;
        }

        /** The record file; {@code target/prr/<stack>/redeploy.json} under the project when not called. */
        public Builder recordFile(Path recordFile) {
            this.recordFile = recordFile;
            return this;
        }

        /** Whether to also time destroy + up; false when not called. */
        public Builder rebuild(boolean rebuild) {
            this.rebuild = rebuild;
            return this;
        }

        /** The policy pack directory; {@code <projectDir>/policy} when not called. */
        public Builder policyPack(Path policyPack) {
            this.policyPack = policyPack;
            return this;
        }

        /** The policy pack config file; {@code <projectDir>/policy/config/<stack>.json} when not called. */
        public Builder policyPackConfig(Path policyPackConfig) {
            this.policyPackConfig = policyPackConfig;
            return this;
        }

        /**
         * Builds the options.
         *
         * @throws IllegalArgumentException as the record's constructor does
         */
        public RedeployOptions build() {
            return new RedeployOptions(projectDir, stack, budget, recordFile, rebuild, policyPack, policyPackConfig);
        }
    }

    /** For messages: the stack and budget, e.g. {@code qa within 5m}. */
    @Override
    public String toString() {
        return stack + " within " + DurationText.format(budget) + (rebuild ? " (with rebuild)" : "")
                + Optional.ofNullable(recordFile).map(f -> ", record " + f).orElse("");
    }
}
