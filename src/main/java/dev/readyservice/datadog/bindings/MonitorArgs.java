package dev.readyservice.datadog.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdWindowsArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdsArgs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of a Datadog {@link Monitor}.
 *
 * <p>Wire shape of the Datadog provider type {@code Monitor} (plugin 5.8.0).
 */
public final class MonitorArgs extends ResourceArgs {

    /** Seconds to delay evaluation; set for cloud-integration metrics that arrive late */
    @Import(name = "evaluationDelay", required = false)
    private Output<Integer> evaluationDelay;

    /** Notification text with handles and the playbook link */
    @Import(name = "message", required = true)
    private Output<String> message;

    /** Trigger and recovery windows, required by anomaly monitors */
    @Import(name = "monitorThresholdWindows", required = false)
    private Output<MonitorThresholdWindowsArgs> monitorThresholdWindows;

    /** Alert thresholds as strings */
    @Import(name = "monitorThresholds", required = false)
    private Output<MonitorThresholdsArgs> monitorThresholds;

    /** Display name of the monitor */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** Priority {@code "1"} (highest) to {@code "5"}, a string */
    @Import(name = "priority", required = false)
    private Output<String> priority;

    /** Monitor query including its comparison and threshold */
    @Import(name = "query", required = true)
    private Output<String> query;

    /** Tags, {@code key:value} */
    @Import(name = "tags", required = false)
    private Output<List<String>> tags;

    /** Monitor type, e.g. {@code query alert} or {@code slo alert} */
    @Import(name = "type", required = true)
    private Output<String> type;

    /**
     * @return seconds to delay evaluation; set for cloud-integration metrics that arrive late; empty when unset
     */
    public Optional<Output<Integer>> evaluationDelay() {
        return Optional.ofNullable(this.evaluationDelay);
    }

    /**
     * @return notification text with handles and the playbook link
     */
    public Output<String> message() {
        return this.message;
    }

    /**
     * @return trigger and recovery windows, required by anomaly monitors; empty when unset
     */
    public Optional<Output<MonitorThresholdWindowsArgs>> monitorThresholdWindows() {
        return Optional.ofNullable(this.monitorThresholdWindows);
    }

    /**
     * @return alert thresholds as strings; empty when unset
     */
    public Optional<Output<MonitorThresholdsArgs>> monitorThresholds() {
        return Optional.ofNullable(this.monitorThresholds);
    }

    /**
     * @return display name of the monitor
     */
    public Output<String> name() {
        return this.name;
    }

    /**
     * @return priority {@code "1"} (highest) to {@code "5"}, a string; empty when unset
     */
    public Optional<Output<String>> priority() {
        return Optional.ofNullable(this.priority);
    }

    /**
     * @return monitor query including its comparison and threshold
     */
    public Output<String> query() {
        return this.query;
    }

    /**
     * @return tags, {@code key:value}; empty when unset
     */
    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    /**
     * @return monitor type, e.g. {@code query alert} or {@code slo alert}
     */
    public Output<String> type() {
        return this.type;
    }

    private MonitorArgs() {}

    private MonitorArgs(MonitorArgs defaults) {
        this.evaluationDelay = defaults.evaluationDelay;
        this.message = defaults.message;
        this.monitorThresholdWindows = defaults.monitorThresholdWindows;
        this.monitorThresholds = defaults.monitorThresholds;
        this.name = defaults.name;
        this.priority = defaults.priority;
        this.query = defaults.query;
        this.tags = defaults.tags;
        this.type = defaults.type;
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
    public static Builder builder(MonitorArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link MonitorArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final MonitorArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new MonitorArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(MonitorArgs defaults) {
            $ = new MonitorArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param evaluationDelay seconds to delay evaluation; set for cloud-integration metrics that arrive late
         * @return this builder
         */
        public Builder evaluationDelay(Output<Integer> evaluationDelay) {
            $.evaluationDelay = evaluationDelay;
            return this;
        }

        /**
         * @param evaluationDelay seconds to delay evaluation; set for cloud-integration metrics that arrive late
         * @return this builder
         */
        public Builder evaluationDelay(Integer evaluationDelay) {
            return evaluationDelay(Output.of(evaluationDelay));
        }

        /**
         * @param message notification text with handles and the playbook link
         * @return this builder
         */
        public Builder message(Output<String> message) {
            $.message = message;
            return this;
        }

        /**
         * @param message notification text with handles and the playbook link
         * @return this builder
         */
        public Builder message(String message) {
            return message(Output.of(message));
        }

        /**
         * @param monitorThresholdWindows trigger and recovery windows, required by anomaly monitors
         * @return this builder
         */
        public Builder monitorThresholdWindows(Output<MonitorThresholdWindowsArgs> monitorThresholdWindows) {
            $.monitorThresholdWindows = monitorThresholdWindows;
            return this;
        }

        /**
         * @param monitorThresholdWindows trigger and recovery windows, required by anomaly monitors
         * @return this builder
         */
        public Builder monitorThresholdWindows(MonitorThresholdWindowsArgs monitorThresholdWindows) {
            return monitorThresholdWindows(Output.of(monitorThresholdWindows));
        }

        /**
         * @param monitorThresholds alert thresholds as strings
         * @return this builder
         */
        public Builder monitorThresholds(Output<MonitorThresholdsArgs> monitorThresholds) {
            $.monitorThresholds = monitorThresholds;
            return this;
        }

        /**
         * @param monitorThresholds alert thresholds as strings
         * @return this builder
         */
        public Builder monitorThresholds(MonitorThresholdsArgs monitorThresholds) {
            return monitorThresholds(Output.of(monitorThresholds));
        }

        /**
         * @param name display name of the monitor
         * @return this builder
         */
        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name display name of the monitor
         * @return this builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param priority priority {@code "1"} (highest) to {@code "5"}, a string
         * @return this builder
         */
        public Builder priority(Output<String> priority) {
            $.priority = priority;
            return this;
        }

        /**
         * @param priority priority {@code "1"} (highest) to {@code "5"}, a string
         * @return this builder
         */
        public Builder priority(String priority) {
            return priority(Output.of(priority));
        }

        /**
         * @param query monitor query including its comparison and threshold
         * @return this builder
         */
        public Builder query(Output<String> query) {
            $.query = query;
            return this;
        }

        /**
         * @param query monitor query including its comparison and threshold
         * @return this builder
         */
        public Builder query(String query) {
            return query(Output.of(query));
        }

        /**
         * @param tags tags, {@code key:value}
         * @return this builder
         */
        public Builder tags(Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        /**
         * @param tags tags, {@code key:value}
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        /**
         * @param tags tags, {@code key:value}
         * @return this builder
         */
        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        /**
         * @param type monitor type, e.g. {@code query alert} or {@code slo alert}
         * @return this builder
         */
        public Builder type(Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type monitor type, e.g. {@code query alert} or {@code slo alert}
         * @return this builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public MonitorArgs build() {
            if ($.message == null) {
                throw new MissingRequiredPropertyException("MonitorArgs", "message");
            }
            if ($.name == null) {
                throw new MissingRequiredPropertyException("MonitorArgs", "name");
            }
            if ($.query == null) {
                throw new MissingRequiredPropertyException("MonitorArgs", "query");
            }
            if ($.type == null) {
                throw new MissingRequiredPropertyException("MonitorArgs", "type");
            }
            return $;
        }
    }
}
