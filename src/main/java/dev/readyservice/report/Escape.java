package dev.readyservice.report;

/** Escaping for the text formats the report writes. Every value from a preview or a pack goes through here. */
public final class Escape {

    private Escape() {
    }

    /** Text for HTML element content and quoted attribute values. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : xmlChars(text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Inline Markdown text, safe in a table cell: no markup, no HTML, no cell breaks, one line. */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : xmlChars(text).toCharArray()) {
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
        }
        return out.toString();
    }

    /** An identifier as inline code when it can be one safely, else as escaped text. */
    public static String code(String text) {
        return text.isEmpty() || text.matches(".*[`|\\n\\r<>].*") ? markdown(text) : "`" + text + "`";
    }

    /** A label inside a quoted Mermaid node or subgraph title. */
    static String mermaid(String text) {
        return xmlChars(text).replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("\n", " ").replace("\r", " ");
    }

    /** The text without characters XML 1.0 cannot hold (control characters other than tab, newline, carriage return). */
    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
