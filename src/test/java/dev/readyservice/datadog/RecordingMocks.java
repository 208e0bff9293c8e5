package dev.readyservice.datadog;

import com.pulumi.test.Mocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Pulumi mocks that record every registration (type, name, inputs as the engine would see them)
 * and answer like a preview that knows ids: the id is {@code <name>-id} and the state echoes the
 * inputs.
 */
public final class RecordingMocks implements Mocks {

    /**
     * One registration.
     *
     * @param type the type token
     * @param name the Pulumi resource name
     * @param inputs the inputs, nested args as maps
     */
    public record Registration(String type, String name, Map<String, Object> inputs) {
        /**
         * @param key an input name
         * @return the input as a string
         */
        public String string(String key) {
            return (String) inputs.get(key);
        }

        /**
         * @param key an input holding nested args
         * @return the nested map
         */
        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String key) {
            return (Map<String, Object>) inputs.get(key);
        }

        /**
         * @param key an input holding a list of strings
         * @return the list
         */
        @SuppressWarnings("unchecked")
        public List<String> strings(String key) {
            return (List<String>) inputs.get(key);
        }
    }

    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registrations.add(new Registration(args.type, args.name, args.inputs));
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
    }

    /** @return every registration so far, in order */
    public List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    /**
     * @param type a type token
     * @return the registrations of that type
     */
    public List<Registration> ofType(String type) {
        return registrations().stream().filter(r -> r.type().equals(type)).toList();
    }

    /**
     * @param name a resource name
     * @return the registration of that name
     * @throws AssertionError when none has it
     */
    public Registration named(String name) {
        return registrations().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name + " among "
                        + registrations().stream().map(Registration::name).toList()));
    }
}
