package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.ReviewException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers a team pins for what an offline preview cannot know, as {@code PulumiTest} mocks do:
 * provider functions ({@code --invokes FILE}) and other stacks' outputs ({@code --stack-outputs FILE}).
 * Both files are YAML or JSON (JSON is read as YAML).
 *
 * <p>The invokes file is a list of entries, each {@code token}, optional {@code args} and
 * {@code result}; an entry answers a call of its token whose arguments include every argument it
 * names with the same value (no {@code args}: every call of the token); the first entry that matches
 * answers:
 * <pre>{@code
 * - token: azure-native:network:getVirtualNetwork
 *   args: {resourceGroupName: rg-network, virtualNetworkName: vnet-hub}
 *   result: {id: /subscriptions/.../virtualNetworks/vnet-hub, name: vnet-hub}
 * }</pre>
 * The stack outputs file maps a stack name, as the program names it in its {@code StackReference}
 * ({@code org/project/stack}), to that stack's outputs:
 * <pre>{@code
 * acme/network/prod:
 *   vnetId: /subscriptions/.../virtualNetworks/vnet-hub
 * }</pre>
 *
 * @param invokes the pinned function answers, in file order
 * @param stackOutputs per referenced stack name, its outputs
 * @param invokesFile the file the invokes were read from, if any
 * @param stackOutputsFile the file the stack outputs were read from, if any
 */
public record PinnedAnswers(List<PinnedInvoke> invokes, Map<String, Map<String, Object>> stackOutputs, Optional<Path> invokesFile,
        Optional<Path> stackOutputsFile) {
    /** The keys an invokes entry may have. */
    static final Set<String> INVOKE_KEYS = Set.of("token", "args", "result");
    /** {@code <package>:<module>:<name>}; the module may be empty ({@code pulumi::getX} is not used, but is well formed). */
    private static final Pattern TOKEN = Pattern.compile("[^:\\s]+:[^:\\s]*:[^:\\s]+");

    public PinnedAnswers {
        invokes = List.copyOf(invokes);
        stackOutputs = Collections.unmodifiableMap(new LinkedHashMap<>(stackOutputs));
        Objects.requireNonNull(invokesFile, "invokesFile");
        Objects.requireNonNull(stackOutputsFile, "stackOutputsFile");
    }

    /**
     * One pinned function answer.
     *
     * @param token the function token
     * @param args the arguments a call must have (a subset of its arguments); empty: any call
     * @param result the function's result
     * @param index the entry's position in the file, from 1
     */
    public record PinnedInvoke(String token, Optional<Map<String, Object>> args, Map<String, Object> result, int index) {
        public PinnedInvoke {
            Objects.requireNonNull(token, "token");
            args = args.map(a -> Collections.unmodifiableMap(new LinkedHashMap<>(a)));
            result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
        }

        /** True when this entry answers {@code callToken} called with {@code callArgs} (plain values, secrets unwrapped). */
        public boolean answers(String callToken, Map<String, Object> callArgs) {
            return token.equals(callToken) && args.map(wanted -> wanted.entrySet().stream()
                    .allMatch(e -> callArgs.containsKey(e.getKey()) && PlainValues.same(e.getValue(), callArgs.get(e.getKey()))))
                    .orElse(true);
        }
    }

    /** No pinned answers. */
    public static PinnedAnswers none() {
        return new PinnedAnswers(List.of(), Map.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads and validates the given files; every problem of a file is listed in one error.
     *
     * @throws ReviewException BAD_INPUT naming the file, the entry or key, the value and what is allowed
     */
    public static PinnedAnswers read(Optional<Path> invokesFile, Optional<Path> stackOutputsFile) {
        List<PinnedInvoke> invokes = invokesFile.map(PinnedAnswers::readInvokes).orElse(List.of());
        Map<String, Map<String, Object>> outputs = stackOutputsFile.map(PinnedAnswers::readStackOutputs).orElse(Map.of());
        return new PinnedAnswers(invokes, outputs, invokesFile, stackOutputsFile);
    }

    /** The first entry that answers {@code token} called with {@code args}. */
    public Optional<PinnedInvoke> invoke(String token, Map<String, Object> args) {
        return invokes.stream().filter(i -> i.answers(token, args)).findFirst();
    }

    /** The pinned outputs of stack {@code name}. */
    public Optional<Map<String, Object>> outputsOf(String name) {
        return Optional.ofNullable(stackOutputs.get(name));
    }

    static List<PinnedInvoke> readInvokes(Path file) {
        JsonNode root = YamlFiles.read(file);
        if (!root.isArray()) {
            throw ReviewException.badInput(file + " must be a list of entries {token, args, result} (e.g. '- token: aws:ec2/getAmi:getAmi'),"
                    + " got " + kind(root));
        }
        List<String> problems = new ArrayList<>();
        List<PinnedInvoke> invokes = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            entry(root.get(i), i + 1, problems).ifPresent(entry -> {
                invokes.stream().filter(earlier -> earlier.token().equals(entry.token()) && earlier.args().equals(entry.args()))
                        .findFirst()
                        .ifPresent(earlier -> problems.add("entry " + entry.index() + " (token " + entry.token() + ") repeats entry "
                                + earlier.index() + ": same token and args; keep one"));
                invokes.add(entry);
            });
        }
        if (!problems.isEmpty()) {
            throw ReviewException.badInput(file + ": " + String.join("; ", problems));
        }
        return invokes;
    }

    private static Optional<PinnedInvoke> entry(JsonNode node, int index, List<String> problems) {
        String where = "entry " + index;
        if (!node.isObject()) {
            problems.add(where + " is " + kind(node) + "; allowed: a mapping with token, args (optional) and result");
            return Optional.empty();
        }
        int before = problems.size();
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!INVOKE_KEYS.contains(key)) {
                problems.add(where + ": key '" + key + "' is not allowed; allowed: token, args, result");
            }
        }
        JsonNode token = node.path("token");
        if (!token.isTextual() || !TOKEN.matcher(token.asText()).matches()) {
            problems.add(where + ": 'token' is " + (token.isMissingNode() ? "missing" : kind(token))
                    + "; allowed: a function token <package>:<module>:<function>, e.g. azure-native:authorization:getClientConfig");
        } else {
            where += " (token " + token.asText() + ")";
        }
        JsonNode args = node.path("args");
        if (!args.isMissingNode() && !args.isNull() && !args.isObject()) {
            problems.add(where + ": 'args' is " + kind(args) + "; allowed: a mapping of argument name to value, or no 'args' for any call");
        }
        JsonNode result = node.path("result");
        if (!result.isObject()) {
            problems.add(where + ": 'result' is " + (result.isMissingNode() ? "missing" : kind(result))
                    + "; allowed: a mapping of result property to value, as the function returns it");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> pinnedArgs = args.isObject() ? Optional.of(PlainValues.map(args)) : Optional.empty();
        return Optional.of(new PinnedInvoke(token.asText(), pinnedArgs, PlainValues.map(result), index));
    }

    static Map<String, Map<String, Object>> readStackOutputs(Path file) {
        JsonNode root = YamlFiles.read(file);
        if (!root.isObject()) {
            throw ReviewException.badInput(file + " must be a mapping of stack name (as the StackReference names it, e.g. acme/network/prod)"
                    + " to that stack's outputs, got " + kind(root));
        }
        Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        root.fields().forEachRemaining(entry -> {
            if (entry.getKey().isBlank()) {
                problems.add("a stack name is empty; allowed: the referenced stack's name, e.g. acme/network/prod");
            } else if (!entry.getValue().isObject()) {
                problems.add("stack '" + entry.getKey() + "': outputs are " + kind(entry.getValue())
                        + "; allowed: a mapping of output name to value");
            } else {
                outputs.put(entry.getKey(), PlainValues.map(entry.getValue()));
            }
        });
        if (!problems.isEmpty()) {
            throw ReviewException.badInput(file + ": " + String.join("; ", problems));
        }
        return outputs;
    }

    private static String kind(JsonNode node) {
        if (node.isMissingNode()) {
            return "empty";
        }
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return node.isValueNode() && !node.isNull() ? "the " + type + " " + node : "a " + (node.isObject() ? "mapping" : node.isArray() ? "list" : type);
    }
}
