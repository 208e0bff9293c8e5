package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link ServiceIntegration} ({@code pagerduty:index/serviceIntegration:ServiceIntegration}).
 *
 * <p>We set {@code type} rather than {@code vendor}: a vendor ID needs the {@code getVendor} invoke,
 * which an offline preview cannot answer. Setting {@code integrationKey} as an input is deprecated,
 * so it is only an output (see {@link ServiceIntegration#integrationKey()}).
 */
public final class ServiceIntegrationArgs extends com.pulumi.resources.ResourceArgs {

    /** Integration name shown on the service. When unset the provider generates one. */
    @Import(name="name")
    private @Nullable Output<String> name;

    /** @return integration name shown on the service. When unset the provider generates one. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /** ID of the service the integration sends events to. */
    @Import(name="service", required=true)
    private Output<String> service;

    /** @return ID of the service the integration sends events to. */
    public Output<String> service() {
        return this.service;
    }

    /**
     * Generic integration type, e.g. {@code events_api_v2_inbound_integration}. Unset requires
     * {@code vendor}, which we do not bind.
     */
    @Import(name="type")
    private @Nullable Output<String> type;

    /**
     * @return generic integration type, e.g. {@code events_api_v2_inbound_integration}. Unset
     *     requires {@code vendor}, which we do not bind.
     */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(this.type);
    }

    private ServiceIntegrationArgs() {}

    private ServiceIntegrationArgs(ServiceIntegrationArgs $) {
        this.name = $.name;
        this.service = $.service;
        this.type = $.type;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceIntegrationArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceIntegrationArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceIntegrationArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceIntegrationArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceIntegrationArgs defaults) {
            $ = new ServiceIntegrationArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param name integration name shown on the service.
         * @return builder
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name integration name shown on the service.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param service ID of the service the integration sends events to.
         * @return builder
         */
        public Builder service(@Nullable Output<String> service) {
            $.service = service;
            return this;
        }

        /**
         * @param service ID of the service the integration sends events to.
         * @return builder
         */
        public Builder service(String service) {
            return service(Output.of(service));
        }

        /**
         * @param type generic integration type, e.g.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type generic integration type, e.g.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceIntegrationArgs build() {
            if ($.service == null) {
                throw new MissingRequiredPropertyException("ServiceIntegrationArgs", "service");
            }
            return $;
        }
    }
}
