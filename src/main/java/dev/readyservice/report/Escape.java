package dev.readyservice.report;

/** Escaping for the text formats the report writes. Every value from a preview or a pack goes through here. */
public final class Escape {
    private static final boolean[] HTML_SPECIAL = specials("&<>\"'");
    private static final boolean[] MARKDOWN_SPECIAL = specials("&<>\n\r\\`*_[]|~#!");
    /** What cannot stand inside an inline code span in a table cell. */
    private static final boolean[] NOT_IN_CODE = specials("`|\n\r<>");

    private Escape() {
    }

    /** Text for HTML element content and quoted attribute values. */
    static String html(String text) {
        return escape(text, HTML_SPECIAL, (out, c) -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        });
    }

    /** Inline Markdown text, safe in a table cell: no markup, no HTML, no cell breaks, one line. */
    public static String markdown(String text) {
        return escape(text, MARKDOWN_SPECIAL, (out, c) -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br>");
                case '\r' -> {
                }
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        });
    }

    /** An identifier as inline code when it can be one safely, else as escaped text. */
    public static String code(String text) {
        String clean = xmlChars(text);
        return clean.isEmpty() || firstOf(clean, NOT_IN_CODE) >= 0 ? markdown(clean) : "`" + clean + "`";
    }

    /** A label inside a quoted Mermaid node or subgraph title. */
    static String mermaid(String text) {
        return xmlChars(text).replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("\n", " ").replace("\r", " ");
    }

    /** XML element text: what XML 1.0 holds, markup escaped, a carriage return kept (a parser would turn a raw one into a line feed). */
    static String xmlText(String text) {
        return xmlChars(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    /** A double-quoted XML attribute value: as text, and the quote, tab and line feed as references (a parser turns them into spaces). */
    static String xmlAttribute(String text) {
        return xmlText(text).replace("\"", "&quot;").replace("\t", "&#9;").replace("\n", "&#10;");
    }

    /** The text without characters XML 1.0 cannot hold (control characters other than tab, newline, carriage return). */
    static String xmlChars(String text) {
        // Reports run every value through here (megabytes at 100 components): most need no change.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isXmlChar(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return xmlCodePoints(text);
            }
        }
        return text;
    }

    private static String xmlCodePoints(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A char XML 1.0 holds on its own; surrogates only hold in pairs. */
    private static boolean isXmlChar(char c) {
        return c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == 0x9 || c == 0xA || c == 0xD;
    }

    private static boolean[] specials(String chars) {
        boolean[] table = new boolean[128];
        chars.chars().forEach(c -> table[c] = true);
        return table;
    }

    /** Appends one char of a value to the escaped text. */
    private interface CharEscape {
        void append(StringBuilder out, char c);
    }

    /** {@code text} without what XML cannot hold, each char {@code specials} marks written by {@code escape}. */
    private static String escape(String text, boolean[] specials, CharEscape escape) {
        String clean = xmlChars(text);
        int first = firstOf(clean, specials);
        if (first < 0) {
            return clean;
        }
        StringBuilder out = new StringBuilder(clean.length() + 16).append(clean, 0, first);
        for (int i = first; i < clean.length(); i++) {
            escape.append(out, clean.charAt(i));
        }
        return out.toString();
    }

    /** The index of the first char of {@code text} that {@code specials} marks, or -1. */
    private static int firstOf(String text, boolean[] specials) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < specials.length && specials[c]) {
                return i;
            }
        }
        return -1;
    }
}
