package dev.readyservice.review.engine;

import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The functions ({@code Invoke}) an offline preview can answer honestly, without a provider or
 * the stack's previous state.
 *
 * <table>
 * <caption>Functions the offline engine answers</caption>
 * <tr><th>token</th><th>answer</th></tr>
 * <tr><td>{@code pulumi:pulumi:getResource}</td><td>the engine's built-in lookup of a resource
 * registered earlier in this same run (the SDK uses it to rehydrate resources by URN): {@code urn},
 * {@code id} (unknown for custom resources, as in any preview) and {@code state} (the outputs the
 * preview model gives it, {@link RecordedResource#outputs()}). A URN not registered in this run fails.</td></tr>
 * </table>
 *
 * <p>Everything else, in particular every provider function ({@code azure-native:...},
 * {@code pulumi:pulumi:readStackOutputs}, ...), needs a provider plugin, the cloud or another
 * stack's state, none of which exist offline; the review then fails naming the token rather than
 * inventing an answer the real preview would not give.
 */
public final class EngineFunctions {
    /** The built-in lookup of a resource by URN. */
    public static final String GET_RESOURCE = "pulumi:pulumi:getResource";

    private final Registrations registrations;

    /** Functions answered from the registrations of this run. */
    public EngineFunctions(Registrations registrations) {
        this.registrations = registrations;
    }

    /** The tokens this table answers, sorted. */
    public static Set<String> tokens() {
        return new TreeSet<>(Set.of(GET_RESOURCE));
    }

    /**
     * The result of {@code token} called with {@code args}, or empty when the token is not in the table.
     *
     * @throws IllegalArgumentException when the token is known but the arguments cannot be answered
     */
    public Optional<Map<String, Object>> invoke(String token, Map<String, Object> args) {
        if (GET_RESOURCE.equals(token)) {
            return Optional.of(getResource(args));
        }
        return Optional.empty();
    }

    private Map<String, Object> getResource(Map<String, Object> args) {
        Object urn = args.get("urn");
        RecordedResource resource = registrations.find(String.valueOf(urn)).orElseThrow(() -> new IllegalArgumentException(
                GET_RESOURCE + ": no resource with URN '" + urn + "' was registered in this preview"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("urn", resource.urn());
        result.put("id", resource.custom() ? WireValues.UNKNOWN : "");
        result.put("state", resource.outputs());
        return result;
    }
}
