package dev.readyservice.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Markdown table in the one style our documents share ({@code prr-report.md}, {@code handover.md},
 * {@code docs/benchmarks.md}): a header row, a {@code |---|---:|} separator giving each column's
 * alignment, and {@code | a | b |} rows that must fill every column.
 *
 * <p>Escaping is one rule. A plain-text cell ({@link #row(String...)}, {@link Cell#text}) goes through
 * {@link Escape#markdown}, so no value from a preview can break the table. Markdown the caller has
 * formatted itself (code spans, bold, {@code <br>} joins) says so with {@link Cell}'s other factories
 * and passes through as it is, so nothing is escaped twice; it is still refused if it would leave its
 * cell (a raw line break or an unescaped {@code |}).
 */
public final class MarkdownTable {
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    /** A table of left-aligned columns with these plain-text headers. */
    public MarkdownTable(String... headers) {
        this(Arrays.stream(headers).map(Column::left).toArray(Column[]::new));
    }

    /** A table of these columns, in this order. */
    public MarkdownTable(Column... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a Markdown table needs at least one column");
        }
        this.columns = List.of(columns);
    }

    /** Adds a row of plain-text cells, each escaped. */
    public MarkdownTable row(String... cells) {
        return row(Arrays.stream(cells).map(Cell::text).toArray(Cell[]::new));
    }

    /** Adds a row; it must have one cell per column. */
    public MarkdownTable row(Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + cells.length + " cells; the table has " + columns.size() + " columns ("
                    + columns.stream().map(c -> c.header().markdown).collect(Collectors.joining(" | ")) + ")");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** Whether no row was added (the caller usually says so in a sentence instead of showing an empty table). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes the table, each line ending in a newline and no blank line after it, and returns {@code out}. */
    public StringBuilder appendTo(StringBuilder out) {
        line(out, columns.stream().map(Column::header).toList());
        out.append('|');
        columns.forEach(c -> out.append(c.align().separator).append('|'));
        out.append('\n');
        rows.forEach(r -> line(out, r));
        return out;
    }

    @Override
    public String toString() {
        return appendTo(new StringBuilder()).toString();
    }

    private static void line(StringBuilder out, List<Cell> cells) {
        out.append('|');
        cells.forEach(c -> out.append(c.blank ? " |" : " " + c.markdown + " |"));
        out.append('\n');
    }

    /** How a column's cells line up: text to the left, numbers to the right so their digits line up. */
    public enum Align {
        LEFT("---"), RIGHT("---:");

        private final String separator;

        Align(String separator) {
            this.separator = separator;
        }
    }

    /** One column: its header cell and alignment. */
    public record Column(Cell header, Align align) {
        /** A left-aligned column with a plain-text header. */
        public static Column left(String header) {
            return new Column(Cell.text(header), Align.LEFT);
        }

        /** A right-aligned (number) column with a plain-text header. */
        public static Column right(String header) {
            return new Column(Cell.text(header), Align.RIGHT);
        }
    }

    /** One cell's Markdown, safe to stand between two pipes. */
    public static final class Cell {
        private static final Cell BLANK = new Cell("", true);

        private final String markdown;
        private final boolean blank;

        private Cell(String markdown, boolean blank) {
            this.markdown = markdown;
            this.blank = blank;
        }

        /** Plain text, escaped: a value from a preview, a pack or the machine. */
        public static Cell text(String plain) {
            return new Cell(Escape.markdown(plain), false);
        }

        /** An identifier as an inline code span, or as escaped text where a code span cannot hold it ({@link Escape#code}). */
        public static Cell code(String identifier) {
            return new Cell(Escape.code(identifier), false);
        }

        /** Plain text in bold. */
        public static Cell bold(String plain) {
            return new Cell("**" + Escape.markdown(plain) + "**", false);
        }

        /** Cells shown one under another in one cell, joined by {@code <br>}; none gives an empty cell. */
        public static Cell lines(List<Cell> lines) {
            return new Cell(lines.stream().map(c -> c.markdown).collect(Collectors.joining("<br>")), false);
        }

        /** {@link #lines(List)} of these cells. */
        public static Cell lines(Cell... lines) {
            return lines(List.of(lines));
        }

        /**
         * Markdown the caller has formatted and escaped itself; it passes through unchanged.
         *
         * @throws IllegalArgumentException if it holds a line break or an unescaped {@code |}, which would break the table
         */
        public static Cell markdown(String formatted) {
            for (int i = 0; i < formatted.length(); i++) {
                char c = formatted.charAt(i);
                if (c == '\n' || c == '\r' || (c == '|' && !escaped(formatted, i))) {
                    throw new IllegalArgumentException("a formatted Markdown cell holds " + (c == '|' ? "an unescaped '|'" : "a line break")
                            + " at index " + i + ", which would break the table; give plain text with Cell.text instead: " + formatted);
                }
            }
            return new Cell(formatted, false);
        }

        /**
         * A cell left blank where readers scan for the filled ones (the report's zero counts, the machine
         * table's headers). It is written {@code | |}, where an empty text or list cell is {@code |  |}:
         * both spellings stand in the committed reports.
         */
        public static Cell blank() {
            return BLANK;
        }

        /** Whether the {@code |} at {@code at} follows an odd number of backslashes, so Markdown reads it as text. */
        private static boolean escaped(String text, int at) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        /** The cell's Markdown, as the table writes it. */
        @Override
        public String toString() {
            return markdown;
        }
    }
}
