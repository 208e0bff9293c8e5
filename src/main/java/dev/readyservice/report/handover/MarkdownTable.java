package dev.readyservice.report.handover;

import dev.readyservice.report.Escape;
import java.util.ArrayList;
import java.util.List;

/** A Markdown table whose every cell is escaped, so no value from a preview can break the document. */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row has " + cells.length + " cells; the table has " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void appendTo(StringBuilder out) {
        line(out, header);
        out.append('|');
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(r -> line(out, r));
        out.append('\n');
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(Escape.markdown(c)).append(" |"));
        out.append('\n');
    }
}
