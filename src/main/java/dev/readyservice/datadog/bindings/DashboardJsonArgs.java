package dev.readyservice.datadog.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * Inputs of a Datadog {@link DashboardJson}.
 *
 * <p>Wire shape of the Datadog provider type {@code DashboardJson} (plugin 5.8.0).
 */
public final class DashboardJsonArgs extends ResourceArgs {

    /** Dashboard definition as a JSON document */
    @Import(name = "dashboard", required = true)
    private Output<String> dashboard;

    /**
     * @return dashboard definition as a JSON document
     */
    public Output<String> dashboard() {
        return this.dashboard;
    }

    private DashboardJsonArgs() {}

    private DashboardJsonArgs(DashboardJsonArgs defaults) {
        this.dashboard = defaults.dashboard;
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
    public static Builder builder(DashboardJsonArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link DashboardJsonArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final DashboardJsonArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new DashboardJsonArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(DashboardJsonArgs defaults) {
            $ = new DashboardJsonArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param dashboard dashboard definition as a JSON document
         * @return this builder
         */
        public Builder dashboard(Output<String> dashboard) {
            $.dashboard = dashboard;
            return this;
        }

        /**
         * @param dashboard dashboard definition as a JSON document
         * @return this builder
         */
        public Builder dashboard(String dashboard) {
            return dashboard(Output.of(dashboard));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public DashboardJsonArgs build() {
            if ($.dashboard == null) {
                throw new MissingRequiredPropertyException("DashboardJsonArgs", "dashboard");
            }
            return $;
        }
    }
}
