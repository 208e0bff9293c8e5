package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One dependency between two services (schema type {@code ServiceDependencyDependency}).
 *
 * <p>Both lists are pluralised on the wire (Terraform blocks {@code dependent_service} and
 * {@code supporting_service}) and hold exactly one entry each.
 */
public final class ServiceDependencyDependencyArgs extends com.pulumi.resources.ResourceArgs {

    /** The service that depends on the supporting one (exactly one entry). */
    @Import(name="dependentServices", required=true)
    private Output<List<ServiceDependencyDependencyDependentServiceArgs>> dependentServices;

    /** @return the service that depends on the supporting one (exactly one entry). */
    public Output<List<ServiceDependencyDependencyDependentServiceArgs>> dependentServices() {
        return this.dependentServices;
    }

    /** The service the dependent one relies on (exactly one entry). */
    @Import(name="supportingServices", required=true)
    private Output<List<ServiceDependencyDependencySupportingServiceArgs>> supportingServices;

    /** @return the service the dependent one relies on (exactly one entry). */
    public Output<List<ServiceDependencyDependencySupportingServiceArgs>> supportingServices() {
        return this.supportingServices;
    }

    private ServiceDependencyDependencyArgs() {}

    private ServiceDependencyDependencyArgs(ServiceDependencyDependencyArgs $) {
        this.dependentServices = $.dependentServices;
        this.supportingServices = $.supportingServices;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceDependencyDependencyArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceDependencyDependencyArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceDependencyDependencyArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceDependencyDependencyArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceDependencyDependencyArgs defaults) {
            $ = new ServiceDependencyDependencyArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param dependentServices the service that depends on the supporting one (exactly one entry).
         * @return builder
         */
        public Builder dependentServices(@Nullable Output<List<ServiceDependencyDependencyDependentServiceArgs>> dependentServices) {
            $.dependentServices = dependentServices;
            return this;
        }

        /**
         * @param dependentServices the service that depends on the supporting one (exactly one entry).
         * @return builder
         */
        public Builder dependentServices(List<ServiceDependencyDependencyDependentServiceArgs> dependentServices) {
            return dependentServices(Output.of(dependentServices));
        }

        /**
         * @param dependentServices the service that depends on the supporting one (exactly one entry).
         * @return builder
         */
        public Builder dependentServices(ServiceDependencyDependencyDependentServiceArgs... dependentServices) {
            return dependentServices(List.of(dependentServices));
        }

        /**
         * @param supportingServices the service the dependent one relies on (exactly one entry).
         * @return builder
         */
        public Builder supportingServices(@Nullable Output<List<ServiceDependencyDependencySupportingServiceArgs>> supportingServices) {
            $.supportingServices = supportingServices;
            return this;
        }

        /**
         * @param supportingServices the service the dependent one relies on (exactly one entry).
         * @return builder
         */
        public Builder supportingServices(List<ServiceDependencyDependencySupportingServiceArgs> supportingServices) {
            return supportingServices(Output.of(supportingServices));
        }

        /**
         * @param supportingServices the service the dependent one relies on (exactly one entry).
         * @return builder
         */
        public Builder supportingServices(ServiceDependencyDependencySupportingServiceArgs... supportingServices) {
            return supportingServices(List.of(supportingServices));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceDependencyDependencyArgs build() {
            if ($.dependentServices == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyDependencyArgs", "dependentServices");
            }
            if ($.supportingServices == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyDependencyArgs", "supportingServices");
            }
            return $;
        }
    }
}
