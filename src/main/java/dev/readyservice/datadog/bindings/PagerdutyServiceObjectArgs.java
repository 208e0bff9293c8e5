package dev.readyservice.datadog.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * Inputs of a Datadog {@link PagerdutyServiceObject}. {@code serviceKey} is registered as a secret by the resource.
 *
 * <p>Wire shape of the Datadog provider type {@code pagerduty.ServiceObject} (plugin 5.8.0).
 */
public final class PagerdutyServiceObjectArgs extends ResourceArgs {

    /** Integration (routing) key of the PagerDuty service; a secret */
    @Import(name = "serviceKey", required = true)
    private Output<String> serviceKey;

    /** PagerDuty service name as used in {@code @pagerduty-<name>} handles */
    @Import(name = "serviceName", required = true)
    private Output<String> serviceName;

    /**
     * @return integration (routing) key of the PagerDuty service; a secret
     */
    public Output<String> serviceKey() {
        return this.serviceKey;
    }

    /**
     * @return pagerDuty service name as used in {@code @pagerduty-<name>} handles
     */
    public Output<String> serviceName() {
        return this.serviceName;
    }

    private PagerdutyServiceObjectArgs() {}

    private PagerdutyServiceObjectArgs(PagerdutyServiceObjectArgs defaults) {
        this.serviceKey = defaults.serviceKey;
        this.serviceName = defaults.serviceName;
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
    public static Builder builder(PagerdutyServiceObjectArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link PagerdutyServiceObjectArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final PagerdutyServiceObjectArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new PagerdutyServiceObjectArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(PagerdutyServiceObjectArgs defaults) {
            $ = new PagerdutyServiceObjectArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param serviceKey integration (routing) key of the PagerDuty service; a secret
         * @return this builder
         */
        public Builder serviceKey(Output<String> serviceKey) {
            $.serviceKey = serviceKey;
            return this;
        }

        /**
         * @param serviceKey integration (routing) key of the PagerDuty service; a secret
         * @return this builder
         */
        public Builder serviceKey(String serviceKey) {
            return serviceKey(Output.of(serviceKey));
        }

        /**
         * @param serviceName pagerDuty service name as used in {@code @pagerduty-<name>} handles
         * @return this builder
         */
        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        /**
         * @param serviceName pagerDuty service name as used in {@code @pagerduty-<name>} handles
         * @return this builder
         */
        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public PagerdutyServiceObjectArgs build() {
            if ($.serviceKey == null) {
                throw new MissingRequiredPropertyException("PagerdutyServiceObjectArgs", "serviceKey");
            }
            if ($.serviceName == null) {
                throw new MissingRequiredPropertyException("PagerdutyServiceObjectArgs", "serviceName");
            }
            return $;
        }
    }
}
