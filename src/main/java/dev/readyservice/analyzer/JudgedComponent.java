package dev.readyservice.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One component of the product as the policy pack judged it ({@code StackView.components()} in
 * {@code policy/lib/stack.ts}): whether it is customer-facing and, when the internet reaching it is
 * what made it so, what reaches it. The pack is the only judge of criticality; the report renders
 * this and never judges reachability itself.
 *
 * <p>The pack hands its judgement over with every {@code AnalyzeStack} answer, in the trailing
 * metadata key {@link #TRAILER} (the protocol's {@code AnalyzeResponse} has no field for it, and a
 * diagnostic would show in every real {@code pulumi preview}), and records the same JSON as
 * {@code components} in the evidence folder's {@code findings.json} ({@code policy/lib/component-judgement.ts}).
 *
 * @param name the component name
 * @param customerFacing true when the pack judged it customer-facing
 * @param reachedBy what reaches it from the internet when that alone made it customer-facing (its
 *     spec and tags do not say so), e.g. {@code web app 'web' (publicNetworkAccess 'Enabled', ...)};
 *     "" otherwise
 * @param undecided true when nothing known reaches it but a value unknown in preview might, so the pack
 *     treats it as customer-facing (fail closed)
 */
public record JudgedComponent(String name, boolean customerFacing, String reachedBy, boolean undecided) {
    /** The trailing metadata key of {@code AnalyzeStack} answers (binary: UTF-8 JSON array). */
    public static final String TRAILER = "readyservice-components-bin";

    private static final ObjectMapper JSON = new ObjectMapper();

    public JudgedComponent {
        Objects.requireNonNull(name, "name");
        reachedBy = reachedBy == null ? "" : reachedBy;
    }

    /** True when the internet reaching it, not its spec or tags, made it customer-facing (or may have). */
    public boolean raisedByReachability() {
        return !reachedBy.isEmpty();
    }

    /** The judgement in the wire's JSON form: an array of {@code {name, customerFacing, exposure?: {undecided, why}}}. */
    public static List<JudgedComponent> parse(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("the judgement of the components is not a JSON array");
        }
        List<JudgedComponent> judged = new ArrayList<>();
        for (JsonNode c : array) {
            if (!c.path("name").isTextual() || !c.path("customerFacing").isBoolean()) {
                throw new IllegalArgumentException("a judged component has no `name` or no boolean `customerFacing`: " + c);
            }
            JsonNode exposure = c.path("exposure");
            judged.add(new JudgedComponent(c.path("name").asText(), c.path("customerFacing").asBoolean(),
                    exposure.path("why").asText(""), exposure.path("undecided").asBoolean(false)));
        }
        return List.copyOf(judged);
    }

    /** The judgement as the trailer carries it. */
    static List<JudgedComponent> parse(byte[] trailer) {
        try {
            return parse(JSON.readTree(new String(trailer, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("the judgement of the components is not valid JSON: " + e.getMessage(), e);
        }
    }
}
