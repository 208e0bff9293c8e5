package dev.readyservice.deploy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/** A fake monotonic clock that returns the given instants (in seconds) one per call. */
final class Ticker implements LongSupplier {
    private final Deque<Long> nanos = new ArrayDeque<>();

    static Ticker atSeconds(double... seconds) {
        Ticker t = new Ticker();
        for (double s : seconds) {
            t.nanos.add(Math.round(s * 1e9));
        }
        return t;
    }

    @Override
    public long getAsLong() {
        if (nanos.isEmpty()) {
            throw new AssertionError("ticker read more often than the test planned");
        }
        return nanos.poll();
    }
}
