package dev.readyservice.pagerduty.binding;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Inputs of {@link Team} ({@code pagerduty:index/team:Team}).
 */
public final class TeamArgs extends com.pulumi.resources.ResourceArgs {

    /** Arguments with nothing set: every input takes its documented default. */
    public static final TeamArgs Empty = new TeamArgs();

    /** Team name. When unset the provider generates one from the resource name plus a random suffix. */
    @Import(name="name")
    private @Nullable Output<String> name;

    /**
     * @return team name. When unset the provider generates one from the resource name plus a random
     *     suffix.
     */
    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    /** Team description. When unset the provider writes "Managed by Pulumi". */
    @Import(name="description")
    private @Nullable Output<String> description;

    /** @return team description. When unset the provider writes "Managed by Pulumi". */
    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    private TeamArgs() {}

    private TeamArgs(TeamArgs $) {
        this.name = $.name;
        this.description = $.description;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(TeamArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link TeamArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final TeamArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new TeamArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(TeamArgs defaults) {
            $ = new TeamArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param name team name.
         * @return builder
         */
        public Builder name(@Nullable Output<String> name) {
            $.name = name;
            return this;
        }

        /**
         * @param name team name.
         * @return builder
         */
        public Builder name(String name) {
            return name(Output.of(name));
        }

        /**
         * @param description team description.
         * @return builder
         */
        public Builder description(@Nullable Output<String> description) {
            $.description = description;
            return this;
        }

        /**
         * @param description team description.
         * @return builder
         */
        public Builder description(String description) {
            return description(Output.of(description));
        }

        /**
         * @return the arguments
         */
        public TeamArgs build() {
            return $;
        }
    }
}
