package dev.readyservice.datadog.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * Inputs of a Datadog {@link ServiceDefinitionYaml}.
 *
 * <p>Wire shape of the Datadog provider type {@code ServiceDefinitionYaml} (plugin 5.8.0).
 */
public final class ServiceDefinitionYamlArgs extends ResourceArgs {

    /** Service definition document (schema v2.2), YAML or JSON */
    @Import(name = "serviceDefinition", required = true)
    private Output<String> serviceDefinition;

    /**
     * @return service definition document (schema v2.2), YAML or JSON
     */
    public Output<String> serviceDefinition() {
        return this.serviceDefinition;
    }

    private ServiceDefinitionYamlArgs() {}

    private ServiceDefinitionYamlArgs(ServiceDefinitionYamlArgs defaults) {
        this.serviceDefinition = defaults.serviceDefinition;
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
    public static Builder builder(ServiceDefinitionYamlArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceDefinitionYamlArgs}; {@link #build()} names any missing required field. */
    public static final class Builder {
        private final ServiceDefinitionYamlArgs $;

        /** Starts an empty builder. */
        public Builder() {
            $ = new ServiceDefinitionYamlArgs();
        }

        /**
         * @param defaults the values to start from
         */
        public Builder(ServiceDefinitionYamlArgs defaults) {
            $ = new ServiceDefinitionYamlArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param serviceDefinition service definition document (schema v2.2), YAML or JSON
         * @return this builder
         */
        public Builder serviceDefinition(Output<String> serviceDefinition) {
            $.serviceDefinition = serviceDefinition;
            return this;
        }

        /**
         * @param serviceDefinition service definition document (schema v2.2), YAML or JSON
         * @return this builder
         */
        public Builder serviceDefinition(String serviceDefinition) {
            return serviceDefinition(Output.of(serviceDefinition));
        }

        /**
         * @return the args; throws {@link MissingRequiredPropertyException} naming a required field that was left unset
         */
        public ServiceDefinitionYamlArgs build() {
            if ($.serviceDefinition == null) {
                throw new MissingRequiredPropertyException("ServiceDefinitionYamlArgs", "serviceDefinition");
            }
            return $;
        }
    }
}
