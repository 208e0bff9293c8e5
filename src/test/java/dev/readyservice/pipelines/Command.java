package dev.readyservice.pipelines;

import java.util.List;
import java.util.Optional;

/**
 * One shell command a pipeline step runs, split into words.
 *
 * @param words the command's words, e.g. {@code [pulumi, up, --yes, --stack, qa]}
 * @param mayFail true when the step continues on error, so the command cannot gate anything
 */
record Command(List<String> words, boolean mayFail) {
    /** True when the command starts with {@code prefix}, e.g. {@code pulumi up}. */
    boolean is(String... prefix) {
        return words.size() >= prefix.length && words.subList(0, prefix.length).equals(List.of(prefix));
    }

    /** The value of {@code --name value} or {@code --name=value} (or its short form), if present. */
    Optional<String> option(String name, String shortName) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals(name) || w.equals(shortName)) && i + 1 < words.size()) {
                return Optional.of(words.get(i + 1));
            }
            if (w.startsWith(name + "=")) {
                return Optional.of(w.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    boolean has(String flag) {
        return words.stream().anyMatch(w -> w.equals(flag) || w.startsWith(flag + "="));
    }

    /** The stack a pulumi or prr command targets ({@code --stack}/{@code -s}); empty when not given. */
    Optional<String> stack() {
        return option("--stack", "-s");
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
