package dev.readyservice.review.project;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The configuration a program receives for one stack, as the Pulumi CLI would pass it.
 *
 * @param values every key ({@code ns:key}) with its string value; structured values are JSON, and
 *     {@code secure:} values are {@link #SECRET_PLACEHOLDER}
 * @param secretKeys the keys whose values are secrets ({@code PULUMI_CONFIG_SECRET_KEYS})
 * @param undecryptedKeys the secret keys whose ciphertext could not be decrypted offline
 */
public record StackConfig(SortedMap<String, String> values, SortedSet<String> secretKeys, SortedSet<String> undecryptedKeys) {

    /**
     * What the program receives instead of a {@code secure:} value. Offline there is no key to
     * decrypt it, and the ciphertext itself must never reach the program or a log.
     */
    public static final String SECRET_PLACEHOLDER = "[secret: not decrypted offline]";

    public StackConfig {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
        secretKeys = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(secretKeys));
        undecryptedKeys = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(undecryptedKeys));
    }

    /** A configuration without secrets. */
    public static StackConfig of(Map<String, String> values) {
        return new StackConfig(new TreeMap<>(values), new TreeSet<>(), new TreeSet<>());
    }
}
