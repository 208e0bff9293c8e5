package dev.readyservice.app;

import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mocks that record every registration (type, name, inputs) and, through a stack transformation,
 * each resource's options. Like a preview, they answer with scalar inputs only: structured outputs
 * of azure-native have other shapes than its inputs.
 */
final class RecordingMocks implements Mocks {

    record Registration(String type, String name, Map<String, Object> inputs) {
        @SuppressWarnings("unchecked")
        Object at(String path) {
            Object current = inputs;
            for (String part : path.split("\\.")) {
                if (current instanceof Map<?, ?> map) {
                    current = map.get(part);
                } else if (current instanceof List<?> list && part.matches("\\d+")) {
                    current = list.get(Integer.parseInt(part));
                } else {
                    return null;
                }
            }
            return current;
        }

        @SuppressWarnings("unchecked")
        List<String> datadogTags() {
            return (List<String>) inputs.getOrDefault("tags", List.of());
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> azureTags() {
            return (Map<String, Object>) inputs.getOrDefault("tags", Map.of());
        }
    }

    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ResourceOptions> options = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registrations.add(new Registration(args.type, args.name, args.inputs));
        Map<String, Object> state = new HashMap<>();
        args.inputs.forEach((key, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                state.put(key, value);
            }
        });
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    TestOptions options(String stack) {
        ResourceTransformation record = args -> {
            options.put(args.resource().pulumiResourceName(), args.options());
            return Optional.empty();
        };
        return TestOptions.builder().projectName("checkout").stackName(stack).preview(true)
                .resourceTransformations(List.of(record)).build();
    }

    List<Registration> all() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    List<Registration> ofType(String type) {
        return all().stream().filter(r -> r.type().equals(type)).toList();
    }

    Registration named(String name) {
        List<Registration> found = all().stream().filter(r -> r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one resource named " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    ResourceOptions optionsOf(String name) {
        ResourceOptions found = options.get(name);
        if (found == null) {
            throw new AssertionError("no options recorded for " + name);
        }
        return found;
    }
}
