package dev.readyservice.pagerduty;

import com.pulumi.test.Mocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Pulumi test mocks that record every registration (type, name, inputs) and answer as a provider
 * would: the id is {@code <name>-id}, the state echoes the inputs, and a ServiceIntegration also
 * returns an {@code integrationKey} of {@code <name>-key}.
 */
final class RecordingMocks implements Mocks {

    static final String SERVICE_INTEGRATION = "pagerduty:index/serviceIntegration:ServiceIntegration";

    /** One registration as the mock saw it. */
    record Registration(String type, String name, Map<String, Object> inputs) {

        /** @return the input at a dotted path such as {@code incidentUrgencyRule.type}, or null */
        Object input(String path) {
            Object current = inputs;
            for (String key : path.split("\\.")) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(key);
            }
            return current;
        }
    }

    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registrations.add(new Registration(args.type, args.name, args.inputs));
        Map<String, Object> state = new LinkedHashMap<>(args.inputs);
        if (SERVICE_INTEGRATION.equals(args.type)) {
            state.put("integrationKey", args.name + "-key");
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    /** @return every registration so far, in order */
    List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    /** @return the registrations of one type token */
    List<Registration> ofType(String type) {
        return registrations().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** @return the registration with this logical name; fails the test when there is none */
    Registration named(String name) {
        return registrations().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name + " in " + names()));
    }

    private List<String> names() {
        return registrations().stream().map(Registration::name).toList();
    }
}
