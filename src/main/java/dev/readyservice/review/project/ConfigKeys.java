package dev.readyservice.review.project;

import dev.readyservice.review.ReviewException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Config keys in the {@code namespace:name} form the Pulumi CLI passes to programs. */
final class ConfigKeys {
    private static final Pattern PART = Pattern.compile("[^:\\s]+");

    private ConfigKeys() {
    }

    /**
     * {@code key} with its namespace: a key without one belongs to the project, as in the CLI.
     *
     * @throws ReviewException when the key has more than one namespace separator or an empty part
     */
    static String qualify(Path file, String project, String key) {
        String[] parts = key.split(":", -1);
        if (parts.length == 1 && PART.matcher(key).matches()) {
            return project + ":" + key;
        }
        if (parts.length == 2 && PART.matcher(parts[0]).matches() && PART.matcher(parts[1]).matches()) {
            return key;
        }
        throw ReviewException.badInput(file + ": config key '" + key
                + "' is not valid; use '<name>' or '<namespace>:<name>'");
    }
}
