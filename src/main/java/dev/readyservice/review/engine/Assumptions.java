package dev.readyservice.review.engine;

import dev.readyservice.review.Assumption;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer the engine gave that a real preview would have had from a provider, the cloud or
 * another stack ({@link Assumption}), in the order given. The SDK calls concurrently, hence the queue.
 */
public final class Assumptions {
    private final ConcurrentLinkedQueue<Assumption> made = new ConcurrentLinkedQueue<>();

    void add(Assumption assumption) {
        made.add(assumption);
    }

    /** Every assumption, in the order the engine made them. */
    public List<Assumption> all() {
        return List.copyOf(made);
    }
}
