package dev.readyservice.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a playbook file says anything: a responder woken at night needs steps, not a title or a
 * "TODO". A file is hollow when, without its headings, HTML comments, Markdown punctuation and the
 * usual placeholder words, no text is left.
 */
public final class PlaybookText {
    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEADINGS = Pattern.compile("(?m)^\\s{0,3}#.*$");
    private static final Pattern PLACEHOLDERS = Pattern.compile(
            "\\b(todo|tbd|tba|fixme|xxx|placeholder|coming soon|to be (written|done|defined|added)|lorem ipsum( dolor sit amet)?|n/?a)\\b");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaybookText() {
    }

    /** True when {@code text} is empty or only headings, comments and placeholders. */
    public static boolean hollow(String text) {
        String body = HEADINGS.matcher(COMMENTS.matcher(text).replaceAll(" ")).replaceAll(" ").toLowerCase(Locale.ROOT);
        String rest = NOT_WORDS.matcher(PLACEHOLDERS.matcher(body).replaceAll(" ")).replaceAll("");
        return rest.isEmpty();
    }
}
