package dev.readyservice.review;

import java.util.List;
import java.util.Map;

/** Pulumi's wire markers for unknown, secret and resource-reference values. */
public final class WireValues {
    /** An output not known during a preview. */
    public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    /** The key that marks a special object. */
    public static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    /** The signature of a secret: the {@code value} entry holds the secret value. */
    public static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    /** The signature of a resource reference. */
    public static final String RESOURCE_REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";

    private WireValues() {
    }

    /** True when {@code value} is a wire secret. */
    public static boolean isSecret(Object value) {
        return value instanceof Map<?, ?> map && SECRET_SIG.equals(map.get(SIG_KEY));
    }

    /** True when {@code value} is unknown or contains an unknown anywhere inside it. */
    public static boolean containsUnknown(Object value) {
        if (UNKNOWN.equals(value)) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(WireValues::containsUnknown);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(WireValues::containsUnknown);
        }
        return false;
    }
}
