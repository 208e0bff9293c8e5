package dev.readyservice.datadog.bindings.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;
import java.util.Optional;

/**
 * Trigger and recovery windows of an anomaly monitor; the trigger window equals the query's {@code alert_window}.
 *
 * <p>Wire shape of the Datadog provider type {@code MonitorMonitorThresholdWindows} (plugin 5.8.0).
 */
public final class MonitorThresholdWindowsArgs extends ResourceArgs {

    /** Time the data must be normal before the monitor recovers, e.g. {@code last_15m} */
    @Import(name = "recoveryWindow", required = false)
    private Output<String> recoveryWindow;

    /** Time the data must be anomalous before the monitor triggers, e.g. {@code last_15m} */
    @Import(name = "triggerWindow", required = false)
    private Output<String> triggerWindow;

    /**
     * @return time the data must be normal before the monitor recovers, e.g. {@code last_15m}; empty when unset
     */
    public Optional<Output<String>> recoveryWindow() {
        return Optional.ofNullable(this.recoveryWindow);
    }

    /**
     * @return time the data must be anomalous before the monitor triggers, e.g. {@code last_15m}; empty when unset
     */
    public Optional<Output<String>> triggerWindow() {
        return Optional.ofNullable(this.triggerWindow);
    }

    private MonitorThresholdWindowsArgs() {}

    private MonitorThresholdWindowsArgs(MonitorThresholdWindowsArgs defaults) {
        this.recoveryWindow = defaults.recoveryWindow;
        this.triggerWindow = defaults.triggerWindow;
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
    public static Builder builder(MonitorThresholdWindowsArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link MonitorThresholdWindowsArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final MonitorThresholdWindowsArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new MonitorThresholdWindowsArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(MonitorThresholdWindowsArgs defaults) {
            $ = new MonitorThresholdWindowsArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param recoveryWindow time the data must be normal before the monitor recovers, e.g. {@code last_15m}
         * @return this builder
         */
        public Builder recoveryWindow(Output<String> recoveryWindow) {
            $.recoveryWindow = recoveryWindow;
            return this;
        }

        /**
         * @param recoveryWindow time the data must be normal before the monitor recovers, e.g. {@code last_15m}
         * @return this builder
         */
        public Builder recoveryWindow(String recoveryWindow) {
            return recoveryWindow(Output.of(recoveryWindow));
        }

        /**
         * @param triggerWindow time the data must be anomalous before the monitor triggers, e.g. {@code last_15m}
         * @return this builder
         */
        public Builder triggerWindow(Output<String> triggerWindow) {
            $.triggerWindow = triggerWindow;
            return this;
        }

        /**
         * @param triggerWindow time the data must be anomalous before the monitor triggers, e.g. {@code last_15m}
         * @return this builder
         */
        public Builder triggerWindow(String triggerWindow) {
            return triggerWindow(Output.of(triggerWindow));
        }

        /**
         * @return the args
         */
        public MonitorThresholdWindowsArgs build() {
            return $;
        }
    }
}
