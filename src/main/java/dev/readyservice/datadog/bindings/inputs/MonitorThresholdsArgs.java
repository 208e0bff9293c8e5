package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * Alert thresholds of a monitor. Datadog wants every value as a string (for example {@code "14.4"}).
 *
 * <p>Wire shape of the Datadog provider type {@code MonitorMonitorThresholds} (plugin 5.8.0).
 */
public final class MonitorThresholdsArgs extends ResourceArgs {

    /** Value that moves the monitor to ALERT */
    @Import(name = "critical", required = false)
    private Output<String> critical;

    /** Value at which an ALERT recovers */
    @Import(name = "criticalRecovery", required = false)
    private Output<String> criticalRecovery;

    /** Value that moves the monitor to WARN */
    @Import(name = "warning", required = false)
    private Output<String> warning;

    /** Value at which a WARN recovers */
    @Import(name = "warningRecovery", required = false)
    private Output<String> warningRecovery;

    /**
     * @return value that moves the monitor to ALERT; empty when unset
     */
    public Optional<Output<String>> critical() {
        return Optional.ofNullable(this.critical);
    }

    /**
     * @return value at which an ALERT recovers; empty when unset
     */
    public Optional<Output<String>> criticalRecovery() {
        return Optional.ofNullable(this.criticalRecovery);
    }

    /**
     * @return value that moves the monitor to WARN; empty when unset
     */
    public Optional<Output<String>> warning() {
        return Optional.ofNullable(this.warning);
    }

    /**
     * @return value at which a WARN recovers; empty when unset
     */
    public Optional<Output<String>> warningRecovery() {
        return Optional.ofNullable(this.warningRecovery);
    }

    private MonitorThresholdsArgs() {}

    private MonitorThresholdsArgs(MonitorThresholdsArgs defaults) {
        this.critical = defaults.critical;
        this.criticalRecovery = defaults.criticalRecovery;
        this.warning = defaults.warning;
        this.warningRecovery = defaults.warningRecovery;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults the values to start from
     * @return a new builder holding a copy of {@code defaults}
     */
    public static Builder builder(MonitorThresholdsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link MonitorThresholdsArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final MonitorThresholdsArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new MonitorThresholdsArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(MonitorThresholdsArgs defaults) {
            $ = new MonitorThresholdsArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param critical value that moves the monitor to ALERT
         * @return this builder
         */
        public Builder critical(Output<String> critical) {
            $.critical = critical;
            return this;
        }

        /**
         * @param critical value that moves the monitor to ALERT
         * @return this builder
         */
        public Builder critical(String critical) {
            return critical(Output.of(critical));
        }

        /**
         * @param criticalRecovery value at which an ALERT recovers
         * @return this builder
         */
        public Builder criticalRecovery(Output<String> criticalRecovery) {
            $.criticalRecovery = criticalRecovery;
            return this;
        }

        /**
         * @param criticalRecovery value at which an ALERT recovers
         * @return this builder
         */
        public Builder criticalRecovery(String criticalRecovery) {
            return criticalRecovery(Output.of(criticalRecovery));
        }

        /**
         * @param warning value that moves the monitor to WARN
         * @return this builder
         */
        public Builder warning(Output<String> warning) {
            $.warning = warning;
            return this;
        }

        /**
         * @param warning value that moves the monitor to WARN
         * @return this builder
         */
        public Builder warning(String warning) {
            return warning(Output.of(warning));
        }

        /**
         * @param warningRecovery value at which a WARN recovers
         * @return this builder
         */
        public Builder warningRecovery(Output<String> warningRecovery) {
            $.warningRecovery = warningRecovery;
            return this;
        }

        /**
         * @param warningRecovery value at which a WARN recovers
         * @return this builder
         */
        public Builder warningRecovery(String warningRecovery) {
            return warningRecovery(Output.of(warningRecovery));
        }

        /**
         * @return the args
         */
        public MonitorThresholdsArgs build() {
            return $;
        }
    }
}
