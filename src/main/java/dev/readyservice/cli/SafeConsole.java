package dev.readyservice.cli;

import dev.readyservice.review.secrets.SecretMask;
import java.io.PrintWriter;

/**
 * Every line the review prints goes through here: secrets are masked ({@link SecretMask}) and
 * control characters are shown as escapes, so a config value cannot recolour the terminal, move
 * the cursor, or forge a line of its own in a CI log.
 */
final class SafeConsole {
    private final PrintWriter writer;
    private volatile SecretMask mask = SecretMask.knownFormats();

    SafeConsole(PrintWriter writer) {
        this.writer = writer;
    }

    /** Masks the values of {@code next} from now on (once the project's config is known). */
    void mask(SecretMask next) {
        this.mask = next;
    }

    /** One line: a line break inside it is shown as {@code \n}, not printed. */
    synchronized void line(String text) {
        writer.println(printable(mask.apply(String.valueOf(text)), true));
        writer.flush();
    }

    /**
     * A message of several lines (an error with the program's output): each line is cleaned, and
     * every line after the first is indented, so no line of it can pass for one of the review's own.
     */
    synchronized void message(String text) {
        String[] lines = mask.apply(String.valueOf(text)).split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            writer.println((i == 0 ? "" : "  ") + printable(lines[i], true));
        }
        writer.flush();
    }

    /**
     * {@code text} with every control character (C0 but tab, DEL, C1) and every bidirectional
     * override shown as an escape ({@code \x1b}, {@code \n}, {@code \u202e}); with
     * {@code escapeLineBreaks} false, line breaks are kept.
     */
    static String printable(String text, boolean escapeLineBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c, escapeLineBreaks);
            if (escape == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(escape);
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c, boolean escapeLineBreaks) {
        if (c == '\t') {
            return null;
        }
        if (c == '\n' || c == '\r') {
            return escapeLineBreaks ? (c == '\n' ? "\\n" : "\\r") : null;
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            return String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
