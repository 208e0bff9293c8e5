package dev.readyservice.bench;

import com.pulumi.test.Mocks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cheapest answer a registration can get: an id and the scalar inputs echoed as outputs, as
 * the offline engine answers (structured inputs are left out there too: a provider's outputs often
 * have another shape than its inputs, and an echo of the wrong shape fails the SDK's conversion).
 * Counts registrations so the floor can say how many resources it made.
 */
final class PreviewMocks implements Mocks {
    private final AtomicInteger registered = new AtomicInteger();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registered.incrementAndGet();
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), scalarsOnly(args.inputs)));
    }

    static Map<String, Object> scalarsOnly(Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((key, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                out.put(key, value);
            }
        });
        return out;
    }

    /** How many resources were registered so far. */
    int registered() {
        return registered.get();
    }
}
