package dev.readyservice.pagerduty.binding.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The weekly support-hours window of a service (schema type {@code ServiceSupportHours}).
 *
 * <p>The wire name of the days is the pluralised {@code daysOfWeeks}: the Pulumi bridge pluralises
 * the Terraform list block {@code days_of_week}, so {@code daysOfWeek} would be silently ignored.
 */
public final class ServiceSupportHoursArgs extends com.pulumi.resources.ResourceArgs {

    /** Arguments with nothing set: every input takes its documented default. */
    public static final ServiceSupportHoursArgs Empty = new ServiceSupportHoursArgs();

    /** Support-hours kind; only {@code fixed_time_per_day} exists. Unset means no support hours. */
    @Import(name="type")
    private @Nullable Output<String> type;

    /**
     * @return support-hours kind; only {@code fixed_time_per_day} exists. Unset means no support
     *     hours.
     */
    public Optional<Output<String>> type() {
        return Optional.ofNullable(this.type);
    }

    /**
     * IANA time zone the window is read in, e.g. {@code Europe/Berlin}. Unset means the account
     * time zone.
     */
    @Import(name="timeZone")
    private @Nullable Output<String> timeZone;

    /**
     * @return IANA time zone the window is read in, e.g. {@code Europe/Berlin}. Unset means the
     *     account time zone.
     */
    public Optional<Output<String>> timeZone() {
        return Optional.ofNullable(this.timeZone);
    }

    /** Days covered, 1 (Monday) to 7 (Sunday). Unset means no day is covered. */
    @Import(name="daysOfWeeks")
    private @Nullable Output<List<Integer>> daysOfWeeks;

    /** @return days covered, 1 (Monday) to 7 (Sunday). Unset means no day is covered. */
    public Optional<Output<List<Integer>>> daysOfWeeks() {
        return Optional.ofNullable(this.daysOfWeeks);
    }

    /** Start of the window, {@code HH:mm:ss}. Required by the API whenever support hours are set. */
    @Import(name="startTime")
    private @Nullable Output<String> startTime;

    /**
     * @return start of the window, {@code HH:mm:ss}. Required by the API whenever support hours are
     *     set.
     */
    public Optional<Output<String>> startTime() {
        return Optional.ofNullable(this.startTime);
    }

    /** End of the window, {@code HH:mm:ss}. Required by the API whenever support hours are set. */
    @Import(name="endTime")
    private @Nullable Output<String> endTime;

    /**
     * @return end of the window, {@code HH:mm:ss}. Required by the API whenever support hours are
     *     set.
     */
    public Optional<Output<String>> endTime() {
        return Optional.ofNullable(this.endTime);
    }

    private ServiceSupportHoursArgs() {}

    private ServiceSupportHoursArgs(ServiceSupportHoursArgs $) {
        this.type = $.type;
        this.timeZone = $.timeZone;
        this.daysOfWeeks = $.daysOfWeeks;
        this.startTime = $.startTime;
        this.endTime = $.endTime;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param defaults arguments to start from; they are copied, not changed
     * @return a builder holding a copy of {@code defaults}
     */
    public static Builder builder(ServiceSupportHoursArgs defaults) {
        return new Builder(defaults);
    }

    /** Builds {@link ServiceSupportHoursArgs}; {@link #build()} names the first required input left unset. */
    public static final class Builder {
        private final ServiceSupportHoursArgs $;

        /** Starts with nothing set. */
        public Builder() {
            $ = new ServiceSupportHoursArgs();
        }

        /** @param defaults arguments to copy */
        public Builder(ServiceSupportHoursArgs defaults) {
            $ = new ServiceSupportHoursArgs(Objects.requireNonNull(defaults, "defaults"));
        }

        /**
         * @param type support-hours kind; only {@code fixed_time_per_day} exists.
         * @return builder
         */
        public Builder type(@Nullable Output<String> type) {
            $.type = type;
            return this;
        }

        /**
         * @param type support-hours kind; only {@code fixed_time_per_day} exists.
         * @return builder
         */
        public Builder type(String type) {
            return type(Output.of(type));
        }

        /**
         * @param timeZone IANA time zone the window is read in, e.g.
         * @return builder
         */
        public Builder timeZone(@Nullable Output<String> timeZone) {
            $.timeZone = timeZone;
            return this;
        }

        /**
         * @param timeZone IANA time zone the window is read in, e.g.
         * @return builder
         */
        public Builder timeZone(String timeZone) {
            return timeZone(Output.of(timeZone));
        }

        /**
         * @param daysOfWeeks days covered, 1 (Monday) to 7 (Sunday).
         * @return builder
         */
        public Builder daysOfWeeks(@Nullable Output<List<Integer>> daysOfWeeks) {
            $.daysOfWeeks = daysOfWeeks;
            return this;
        }

        /**
         * @param daysOfWeeks days covered, 1 (Monday) to 7 (Sunday).
         * @return builder
         */
        public Builder daysOfWeeks(List<Integer> daysOfWeeks) {
            return daysOfWeeks(Output.of(daysOfWeeks));
        }

        /**
         * @param daysOfWeeks days covered, 1 (Monday) to 7 (Sunday).
         * @return builder
         */
        public Builder daysOfWeeks(Integer... daysOfWeeks) {
            return daysOfWeeks(List.of(daysOfWeeks));
        }

        /**
         * @param startTime start of the window, {@code HH:mm:ss}.
         * @return builder
         */
        public Builder startTime(@Nullable Output<String> startTime) {
            $.startTime = startTime;
            return this;
        }

        /**
         * @param startTime start of the window, {@code HH:mm:ss}.
         * @return builder
         */
        public Builder startTime(String startTime) {
            return startTime(Output.of(startTime));
        }

        /**
         * @param endTime end of the window, {@code HH:mm:ss}.
         * @return builder
         */
        public Builder endTime(@Nullable Output<String> endTime) {
            $.endTime = endTime;
            return this;
        }

        /**
         * @param endTime end of the window, {@code HH:mm:ss}.
         * @return builder
         */
        public Builder endTime(String endTime) {
            return endTime(Output.of(endTime));
        }

        /**
         * @return the arguments
         */
        public ServiceSupportHoursArgs build() {
            return $;
        }
    }
}
