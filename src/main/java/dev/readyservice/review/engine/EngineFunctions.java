package dev.readyservice.review.engine;

import dev.readyservice.review.Assumption;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import dev.readyservice.review.project.PinnedAnswers;
import dev.readyservice.review.project.StackConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How the offline engine answers a function call ({@code Invoke}) and a read of an existing
 * resource ({@code ReadResource}). Nothing here ends a preview: what a real preview would learn from
 * a provider, the cloud or another stack is answered from a pinned file, from the stack's config, or
 * as unknown, and each such answer is noted as an {@link Assumption} for the report.
 *
 * <table>
 * <caption>Functions, in the order they are tried</caption>
 * <tr><th>call</th><th>answer</th><th>noted as</th></tr>
 * <tr><td>{@code pulumi:pulumi:getResource}</td><td>the engine's built-in lookup of a resource
 * registered earlier in this run (the SDK uses it to rehydrate resources by URN): {@code urn},
 * {@code id} (unknown for custom resources, as in any preview) and {@code state} (the outputs the
 * preview model gives it, {@link RecordedResource#outputs()}). A URN not registered in this run fails, as it does in the engine.</td><td>nothing: the
 * real engine answers it the same way</td></tr>
 * <tr><td>any token with an entry in {@code --invokes}</td><td>the entry's {@code result}</td><td>{@code file}</td></tr>
 * <tr><td>{@code pulumi:pulumi:readStackOutputs}</td><td>{@code name}, {@code outputs} and
 * {@code secretOutputNames} of the stack named in {@code --stack-outputs}, else outputs unknown</td>
 * <td>{@code file} or {@code unknown}</td></tr>
 * <tr><td>a function of {@link ConfigFunctions} ({@code azure-native:authorization:getClientConfig})</td>
 * <td>from the stack's config, placeholders for what it lacks</td><td>{@code config} or {@code placeholder}</td></tr>
 * <tr><td>any other function</td><td>unknown: the program's {@code Output} is unknown, as it is in a
 * preview when a function depends on a resource not yet created, so nothing derived from it is
 * decided</td><td>{@code unknown}</td></tr>
 * </table>
 *
 * <p>Reads: a {@code pulumi:pulumi:StackReference} (the Java SDK reads one as a resource whose id is
 * the stack's name, and the engine's built-in provider answers with {@code name}, {@code outputs} and
 * {@code secretOutputNames}) gets the outputs pinned in {@code --stack-outputs}, else unknown outputs;
 * any other read (a resource's static {@code get}) gets no properties, which the SDK takes as unknown
 * in a preview. The real engine neither registers reads as resources nor sends them to the policy
 * pack, and neither does this one.
 */
public final class EngineFunctions {
    /** The built-in lookup of a resource by URN. */
    public static final String GET_RESOURCE = "pulumi:pulumi:getResource";
    /** The function older SDKs read another stack's outputs with. */
    public static final String READ_STACK_OUTPUTS = "pulumi:pulumi:readStackOutputs";
    /** The type the Java SDK reads a {@code StackReference} as. */
    public static final String STACK_REFERENCE = "pulumi:pulumi:StackReference";

    private final Registrations registrations;
    private final ConfigFunctions config;
    private final PinnedAnswers pinned;
    private final Assumptions assumptions;

    /** Functions answered from this run's registrations only: no config, no pinned answers. */
    public EngineFunctions(Registrations registrations) {
        this(registrations, StackConfig.of(Map.of()), PinnedAnswers.none(), new Assumptions());
    }

    /**
     * Functions answered from this run's registrations, the stack's config and the pinned answers;
     * every answer that is not the engine's own is added to {@code assumptions}.
     */
    public EngineFunctions(Registrations registrations, StackConfig config, PinnedAnswers pinned, Assumptions assumptions) {
        this.registrations = registrations;
        this.config = new ConfigFunctions(config);
        this.pinned = pinned;
        this.assumptions = assumptions;
    }

    /**
     * The result of {@code token} called with {@code args}; never empty.
     *
     * @throws IllegalArgumentException when a {@code getResource} URN was not registered in this run
     */
    public Map<String, Object> invoke(String token, Map<String, Object> args) {
        if (GET_RESOURCE.equals(token)) {
            return getResource(args);
        }
        String argumentNames = String.join(", ", new TreeSet<>(args.keySet()));
        Optional<PinnedAnswers.PinnedInvoke> entry = pinned.invoke(token, args);
        if (entry.isPresent()) {
            assumptions.add(new Assumption(Assumption.Kind.FUNCTION, token, argumentNames, Assumption.Source.FILE,
                    "entry " + entry.get().index() + " of " + pinned.invokesFile().map(String::valueOf).orElse("--invokes")));
            return entry.get().result();
        }
        if (READ_STACK_OUTPUTS.equals(token)) {
            return stackOutputs(String.valueOf(plain(args.get("name"))), Assumption.Kind.STACK_REFERENCE, token);
        }
        Optional<ConfigFunctions.Answer> fromConfig = config.answer(token, argumentNames);
        if (fromConfig.isPresent()) {
            assumptions.add(fromConfig.get().assumption());
            return fromConfig.get().result();
        }
        assumptions.add(new Assumption(Assumption.Kind.FUNCTION, token, argumentNames, Assumption.Source.UNKNOWN,
                "no config or --invokes entry answers it; a real preview gets the provider's answer"));
        return unknownResult();
    }

    /**
     * The properties a read of the existing resource {@code name} of {@code type} with id {@code id}
     * returns; {@code inputs} are what the program passed (a stack reference's {@code name}).
     */
    public Map<String, Object> read(String type, String name, String id, Map<String, Object> inputs) {
        if (STACK_REFERENCE.equals(type)) {
            Object stackName = plain(inputs.get("name"));
            return stackOutputs(stackName instanceof String s && !s.isBlank() ? s : id, Assumption.Kind.STACK_REFERENCE, type);
        }
        assumptions.add(new Assumption(Assumption.Kind.READ, type, name, Assumption.Source.UNKNOWN,
                "existing resource '" + id + "': its properties are unknown offline; a real preview reads them from the cloud"));
        return Map.of();
    }

    private Map<String, Object> stackOutputs(String stackName, Assumption.Kind kind, String token) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", stackName);
        Optional<Map<String, Object>> outputs = pinned.outputsOf(stackName);
        if (outputs.isPresent()) {
            result.put("outputs", outputs.get());
            result.put("secretOutputNames", List.of());
            assumptions.add(new Assumption(kind, token, stackName, Assumption.Source.FILE, outputs.get().size() + " output(s) from "
                    + pinned.stackOutputsFile().map(String::valueOf).orElse("--stack-outputs")));
        } else {
            result.put("outputs", WireValues.UNKNOWN);
            result.put("secretOutputNames", WireValues.UNKNOWN);
            assumptions.add(new Assumption(kind, token, stackName, Assumption.Source.UNKNOWN,
                    "its outputs are unknown offline; pin them with --stack-outputs; a real preview reads them from the backend"));
        }
        return result;
    }

    /**
     * A result the SDK reads as unknown: the {@code Invoke} answer is an object, and one unknown
     * field makes the Java SDK's whole result unknown without converting it to the result type
     * (whose fields the engine cannot know).
     */
    static Map<String, Object> unknownResult() {
        return Map.of("result", WireValues.UNKNOWN);
    }

    private static Object plain(Object value) {
        return WireValues.isSecret(value) ? ((Map<?, ?>) value).get("value") : value;
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
