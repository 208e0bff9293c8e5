package dev.readyservice.evidence.qaenv;

import java.util.Objects;

/**
 * One config key whose value differs between the QA and the prod stack.
 *
 * @param key the config key and path below it, e.g. {@code readyservice:components[api].capacity.maxInstances}
 * @param qaValue its value in {@code Pulumi.qa.yaml}, rendered for reading ({@value #ABSENT} when
 *     unset, {@value #SECRET} for a secret)
 * @param prodValue its value in {@code Pulumi.prod.yaml}, rendered the same way
 * @param allowed whether QA may differ from prod here
 * @param why the rule that allows or forbids the difference, in one sentence
 */
public record ConfigDifference(String key, String qaValue, String prodValue, boolean allowed, String why) {
    /** How an unset key is rendered. */
    public static final String ABSENT = "(absent)";
    /** How a set map or list is rendered: its content is compared key by key, so it is never printed whole. */
    public static final String PRESENT = "(present)";
    /** How a secret is rendered; its cipher text is never shown. */
    public static final String SECRET = "[secret]";
    /** How a plain value is rendered when the other stack holds it as a secret: it may be the secret in clear. */
    public static final String PLAIN_NOT_SHOWN = "(plain text, not shown)";

    public ConfigDifference {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(qaValue, "qaValue");
        Objects.requireNonNull(prodValue, "prodValue");
        Objects.requireNonNull(why, "why");
    }

    /** The component the key belongs to ({@code api} for {@code ...components[api]...}), or empty. */
    public String component() {
        String marker = "components[";
        int start = key.indexOf(marker);
        if (start < 0) {
            return "";
        }
        int end = key.indexOf(']', start);
        return end < 0 ? "" : key.substring(start + marker.length(), end);
    }

    /** For messages: {@code key (qa: x, prod: y)}. */
    public String describe() {
        return key + " (qa: " + qaValue + ", prod: " + prodValue + ")";
    }
}
