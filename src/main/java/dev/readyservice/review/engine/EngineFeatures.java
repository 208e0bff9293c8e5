package dev.readyservice.review.engine;

import java.util.Set;

/**
 * The {@code SupportsFeature} answers of the offline engine: only what it really implements.
 *
 * <ul>
 * <li>{@code secrets}: secret inputs are kept as secret markers and echoed as secrets.</li>
 * <li>{@code resourceReferences}: resource references are kept in inputs and echoed in outputs.</li>
 * <li>{@code deletedWith}: the option is recorded on every resource.</li>
 * </ul>
 *
 * Everything else is answered "no" so the SDK falls back to what it does for older engines: it
 * computes alias URNs itself ({@code aliasSpecs}), does not send output values
 * ({@code outputValues}), and does not register transforms, hooks or packages, none of which the
 * offline engine could honour.
 */
public final class EngineFeatures {
    /** The features the offline engine supports. */
    public static final Set<String> SUPPORTED = Set.of("secrets", "resourceReferences", "deletedWith");

    private EngineFeatures() {
    }

    /** Whether the engine supports {@code feature}. */
    public static boolean supports(String feature) {
        return SUPPORTED.contains(feature);
    }
}
