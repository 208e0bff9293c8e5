package dev.readyservice.review.engine;

import dev.readyservice.review.RecordedResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every resource registered in this preview, in registration order, and findable by URN. */
public final class Registrations {
    private final ConcurrentLinkedQueue<RecordedResource> inOrder = new ConcurrentLinkedQueue<>();
    private final Map<String, RecordedResource> byUrn = new ConcurrentHashMap<>();

    /**
     * Records {@code resource}.
     *
     * @return false, recording nothing, when a resource with the same URN was registered before
     */
    boolean add(RecordedResource resource) {
        if (byUrn.putIfAbsent(resource.urn(), resource) != null) {
            return false;
        }
        inOrder.add(resource);
        return true;
    }

    /** The resource registered under {@code urn}, if any. */
    public Optional<RecordedResource> find(String urn) {
        return Optional.ofNullable(byUrn.get(urn));
    }

    /** Every registration so far, in order. */
    public List<RecordedResource> all() {
        return List.copyOf(inOrder);
    }

    /** How many resources were registered so far. */
    public int count() {
        return byUrn.size();
    }
}
