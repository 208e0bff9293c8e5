package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The supporting side of a service dependency
 * (schema type {@code ServiceDependencyDependencySupportingService}).
 */
public final class ServiceDependencyDependencySupportingServiceArgs extends com.pulumi.resources.ResourceArgs {

    /** ID of the supporting service. */
    @Import(name="id", required=true)
    private Output<String> id;

    /** @return ID of the supporting service. */
    public Output<String> id() {
        return this.id;
    }

    /** {@code service} for a technical service, {@code business_service} for a business one. */
    @Import(name="type", required=true)
    private Output<String> type;

    /** @return {@code service} for a technical service, {@code business_service} for a business one. */
    public Output<String> type() {
        return this.type;
    }

    private ServiceDependencyDependencySupportingServiceArgs() {}

    private ServiceDependencyDependencySupportingServiceArgs(ServiceDependencyDependencySupportingServiceArgs $) {
        this.id = $.id;
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
    public static Builder builder(ServiceDependencyDependencySupportingServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceDependencyDependencySupportingServiceArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceDependencyDependencySupportingServiceArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceDependencyDependencySupportingServiceArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceDependencyDependencySupportingServiceArgs defaults) {
            $ = new ServiceDependencyDependencySupportingServiceArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param id ID of the supporting service.
         * @return builder
         */
        public Builder id(@Nullable Output<String> id) {
            $.id = id;
            return this;
        }

        /**
         * @param id ID of the supporting service.
         * @return builder
         */
        public Builder id(String id) {
            return id(Output.of(id));
        }

        /**
         * @param type {@code service} for a technical service, {@code business_service} for a business one.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type {@code service} for a technical service, {@code business_service} for a business one.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceDependencyDependencySupportingServiceArgs build() {
            if ($.id == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyDependencySupportingServiceArgs", "id");
            }
            if ($.type == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyDependencySupportingServiceArgs", "type");
            }
            return $;
        }
    }
}
