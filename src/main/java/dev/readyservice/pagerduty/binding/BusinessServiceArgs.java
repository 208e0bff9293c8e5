package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link BusinessService} ({@code pagerduty:index/businessService:BusinessService}).
 *
 * <p>The deprecated {@code type} input is deliberately absent.
 */
public final class BusinessServiceArgs extends com.pulumi.resources.ResourceArgs {

    /** Arguments with nothing set: every input takes its documented default. */
    public static final BusinessServiceArgs Empty = new BusinessServiceArgs();

    /** Business service name. When unset the provider generates one. */
    @Import(name="name")
    private @Nullable Output<String> name;

    /** @return business service name. When unset the provider generates one. */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /** Description. When unset the provider writes "Managed by Pulumi". */
    @Import(name="description")
    private @Nullable Output<String> description;

    /** @return description. When unset the provider writes "Managed by Pulumi". */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    /** ID of the owning team. When unset the business service belongs to no team. */
    @Import(name="team")
    private @Nullable Output<String> team;

    /** @return ID of the owning team. When unset the business service belongs to no team. */
    public Optional<Output<String>> team() {
        return Optional.ofNullable(this.team);
    }

    private BusinessServiceArgs() {}

    private BusinessServiceArgs(BusinessServiceArgs $) {
        this.name = $.name;
        this.description = $.description;
        this.team = $.team;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(BusinessServiceArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link BusinessServiceArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final BusinessServiceArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new BusinessServiceArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(BusinessServiceArgs defaults) {
            $ = new BusinessServiceArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param name business service name.
         * @return builder
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name business service name.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param description description.
         * @return builder
         */
        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        /**
         * @param description description.
         * @return builder
         */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * @param team ID of the owning team.
         * @return builder
         */
        public Builder team(@Nullable Output<String> team) {
            $.team = team;
            return this;
        }

        /**
         * @param team ID of the owning team.
         * @return builder
         */
        public Builder team(String team) {
            return team(Output.of(team));
        }

        /**
         * @return the arguments
         */
        public BusinessServiceArgs build() {
            return $;
        }
    }
}
