package dev.readyservice.review.engine;

import dev.readyservice.review.Assumption;
import dev.readyservice.review.WireValues;
import dev.readyservice.review.project.StackConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provider functions whose answer is the provider's own configuration, which the stack's config
 * holds: a real provider answers them from the same keys (or its environment). Each field comes
 * from {@code <namespace>:<field>}; a field the config does not give is a placeholder, and the
 * answer says so. A secret config value stays secret.
 *
 * <table>
 * <caption>Functions answered from config</caption>
 * <tr><th>token</th><th>fields, from config</th><th>placeholder</th></tr>
 * <tr><td>{@code azure-native:authorization:getClientConfig}</td><td>{@code clientId}, {@code objectId},
 * {@code subscriptionId}, {@code tenantId} from {@code azure-native:<field>}</td><td>the nil GUID
 * {@code 00000000-0000-0000-0000-000000000000}</td></tr>
 * </table>
 *
 * <p>The fields are the result type's ({@code com.pulumi.azurenative.authorization.outputs.GetClientConfigResult}
 * of the azure-native Java SDK: all four required, all strings).
 */
final class ConfigFunctions {
    /** The nil GUID: shaped like the real ids, so a program that parses them still runs, and never a real tenant. */
    static final String NIL_GUID = "00000000-0000-0000-0000-000000000000";

    /** One function answered from config. */
    record ConfigFunction(String token, String namespace, List<String> fields, String placeholder) {
    }

    static final List<ConfigFunction> TABLE = List.of(
            new ConfigFunction("azure-native:authorization:getClientConfig", "azure-native",
                    List.of("clientId", "objectId", "subscriptionId", "tenantId"), NIL_GUID));

    private final StackConfig config;

    ConfigFunctions(StackConfig config) {
        this.config = config;
    }

    /** The answer to {@code token} and how it was made, or empty when the table has no such function. */
    Optional<Answer> answer(String token, String argumentNames) {
        return TABLE.stream().filter(f -> f.token().equals(token)).findFirst().map(f -> answer(f, argumentNames));
    }

    private Answer answer(ConfigFunction function, String argumentNames) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> fromConfig = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (String field : function.fields()) {
            String key = function.namespace() + ":" + field;
            String value = config.values().get(key);
            if (value == null || value.isBlank() || config.undecryptedKeys().contains(key)) {
                result.put(field, function.placeholder());
                placeholders.add(field);
            } else {
                result.put(field, config.secretKeys().contains(key) ? secret(value) : value);
                fromConfig.add(field);
            }
        }
        String detail = (fromConfig.isEmpty() ? "" : String.join(", ", fromConfig) + " from " + function.namespace() + " config")
                + (fromConfig.isEmpty() || placeholders.isEmpty() ? "" : "; ")
                + (placeholders.isEmpty() ? "" : String.join(", ", placeholders) + " are the placeholder " + function.placeholder()
                        + "; set " + function.namespace() + ":<field> in the stack's config or pin the answer with --invokes");
        Assumption.Source source = placeholders.isEmpty() ? Assumption.Source.CONFIG : Assumption.Source.PLACEHOLDER;
        return new Answer(result, new Assumption(Assumption.Kind.FUNCTION, function.token(), argumentNames, source, detail));
    }

    private static Map<String, Object> secret(String value) {
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put(WireValues.SIG_KEY, WireValues.SECRET_SIG);
        secret.put("value", value);
        return secret;
    }

    /** A result and the assumption it rests on. */
    record Answer(Map<String, Object> result, Assumption assumption) {
    }
}
