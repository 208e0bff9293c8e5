package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The dependent side of a service dependency
 * (schema type {@code ServiceDependencyDependencyDependentService}).
 */
public final class ServiceDependencyDependencyDependentServiceArgs extends com.pulumi.resources.ResourceArgs {

    /** ID of the dependent service. */
    @Import(name="id", required=true)
    private Output<String> id;

    /** @return ID of the dependent service. */
    public Output<String> id() {
        return this.id;
    }

    /** {@code business_service} for a business service, {@code service} for a technical one. */
    @Import(name="type", required=true)
    private Output<String> type;

    /** @return {@code business_service} for a business service, {@code service} for a technical one. */
    public Output<String> type() {
        return this.type;
    }

    private ServiceDependencyDependencyDependentServiceArgs() {}

    private ServiceDependencyDependencyDependentServiceArgs(ServiceDependencyDependencyDependentServiceArgs $) {
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
    public static Builder builder(ServiceDependencyDependencyDependentServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceDependencyDependencyDependentServiceArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceDependencyDependencyDependentServiceArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceDependencyDependencyDependentServiceArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceDependencyDependencyDependentServiceArgs defaults) {
            $ = new ServiceDependencyDependencyDependentServiceArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param id ID of the dependent service.
         * @return builder
         */
        public Builder id(@Nullable Output<String> id) {
            $.id = id;
            return this;
        }

        /**
         * @param id ID of the dependent service.
         * @return builder
         */
        public Builder id(String id) {
            return id(Output.of(id));
        }

        /**
         * @param type {@code business_service} for a business service, {@code service} for a technical one.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type {@code business_service} for a business service, {@code service} for a technical one.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceDependencyDependencyDependentServiceArgs build() {
            if ($.id == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyDependencyDependentServiceArgs", "id");
            }
            if ($.type == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyDependencyDependentServiceArgs", "type");
            }
            return $;
        }
    }
}
