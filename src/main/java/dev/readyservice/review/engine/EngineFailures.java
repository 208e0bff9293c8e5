package dev.readyservice.review.engine;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the engine had to refuse during a preview (an unknown function, a read of an existing
 * resource, a duplicate URN). The program usually fails right after, with a less telling error,
 * so the review reports these first.
 */
public final class EngineFailures {
    private final ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();

    /** Notes a refusal; {@code message} says what was asked and why it cannot be answered. */
    void add(String message) {
        messages.add(message);
    }

    /** Every refusal, in the order they happened. */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}
