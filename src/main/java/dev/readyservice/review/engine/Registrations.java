package dev.readyservice.review.engine;

import dev.readyservice.review.RecordedResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every resource registered in this preview, in registration order, and findable by URN, with the
 * outputs components registered after their registration.
 */
public final class Registrations {
    private final ConcurrentLinkedQueue<RecordedResource> inOrder = new ConcurrentLinkedQueue<>();
    private final Map<String, RecordedResource> byUrn = new ConcurrentHashMap<>();
    /**
     * Each resource with the outputs registered for it, built once per {@code registerOutputs}: every
     * read then gives the same object until the next one, so readers can compare registrations by
     * identity (the analysis ahead does, {@code AnalyzerClient#analyzeAhead}).
     */
    private final Map<String, RecordedResource> withRegisteredOutputs = new ConcurrentHashMap<>();

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

    /**
     * Records what the program passed to {@code registerOutputs} for {@code urn}; a later call
     * replaces an earlier one, as in the engine.
     *
     * @return false, recording nothing, when no resource was registered under {@code urn}
     */
    boolean registerOutputs(String urn, Map<String, Object> outputs) {
        if (!byUrn.containsKey(urn)) {
            return false;
        }
        RecordedResource resource = byUrn.get(urn);
        if (!resource.custom()) {
            withRegisteredOutputs.put(urn, resource.withOutputs(outputs));
        }
        return true;
    }

    /** The resource registered under {@code urn}, with its registered outputs, if any. */
    public Optional<RecordedResource> find(String urn) {
        return Optional.ofNullable(byUrn.get(urn)).map(this::withRegisteredOutputs);
    }

    /** Every registration so far, in order, each with the outputs registered for it. */
    public List<RecordedResource> all() {
        return inOrder.stream().map(this::withRegisteredOutputs).toList();
    }

    private RecordedResource withRegisteredOutputs(RecordedResource resource) {
        return withRegisteredOutputs.getOrDefault(resource.urn(), resource);
    }

    /** How many resources were registered so far. */
    public int count() {
        return byUrn.size();
    }
}
