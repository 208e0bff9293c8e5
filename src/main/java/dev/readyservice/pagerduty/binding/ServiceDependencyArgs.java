package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencyArgs;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Inputs of {@link ServiceDependency} ({@code pagerduty:index/serviceDependency:ServiceDependency}).
 *
 * <p>A dependency cannot be updated in place: any change replaces it.
 */
public final class ServiceDependencyArgs extends com.pulumi.resources.ResourceArgs {

    /** The one supporting/dependent pair this resource records. */
    @Import(name="dependency", required=true)
    private Output<ServiceDependencyDependencyArgs> dependency;

    /** @return the one supporting/dependent pair this resource records. */
    public Output<ServiceDependencyDependencyArgs> dependency() {
        return this.dependency;
    }

    private ServiceDependencyArgs() {}

    private ServiceDependencyArgs(ServiceDependencyArgs $) {
        this.dependency = $.dependency;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceDependencyArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceDependencyArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceDependencyArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceDependencyArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceDependencyArgs defaults) {
            $ = new ServiceDependencyArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param dependency the one supporting/dependent pair this resource records.
         * @return builder
         */
        public Builder dependency(@Nullable Output<ServiceDependencyDependencyArgs> dependency) {
            $.dependency = dependency;
            return this;
        }

        /**
         * @param dependency the one supporting/dependent pair this resource records.
         * @return builder
         */
        public Builder dependency(ServiceDependencyDependencyArgs dependency) {
            return dependency(Output.of(dependency));
        }

        /**
         * @return the arguments
         * @throws MissingRequiredPropertyException naming the first required input left unset
         */
        public ServiceDependencyArgs build() {
            if ($.dependency == null) {
                throw new MissingRequiredPropertyException("ServiceDependencyArgs", "dependency");
            }
            return $;
        }
    }
}
