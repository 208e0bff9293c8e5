package dev.readyservice.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;

/** Medians of repeated runs: robust to the one run another process on the machine slowed down. */
final class Medians {
    private Medians() {
    }

    /** The median of {@code values}; the mean of the two middle values when there is an even number. */
    static double of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** The median duration of {@code items} by {@code duration}. */
    static <T> Duration duration(List<T> items, java.util.function.Function<T, Duration> duration) {
        return Duration.ofNanos(Math.round(of(items.stream().map(i -> (double) duration.apply(i).toNanos()).toList())));
    }

    /** The median of {@code items} by {@code value}. */
    static <T> long whole(List<T> items, ToLongFunction<T> value) {
        return Math.round(of(items.stream().map(i -> (double) value.applyAsLong(i)).toList()));
    }
}
