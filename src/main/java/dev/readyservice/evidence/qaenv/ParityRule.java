package dev.readyservice.evidence.qaenv;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether QA may differ from prod at the config keys matching a pattern.
 *
 * @param pattern a key pattern: {@code *} matches one segment of a key (a name without {@code .},
 *     {@code [} or {@code ]}), {@code **} matches the rest of the key; everything else is literal
 * @param allowed whether a difference there is allowed
 * @param why why, in one sentence the report shows beside the difference
 */
public record ParityRule(String pattern, boolean allowed, String why) {
    public ParityRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(why, "why");
    }

    /** Whether {@code key} matches {@link #pattern()} as a whole. */
    public boolean matches(String key) {
        return regex(pattern).matcher(key).matches();
    }

    private static Pattern regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^.\\[\\]]+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
