package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.report.MarkdownTable.Align;
import dev.readyservice.report.MarkdownTable.Cell;
import dev.readyservice.report.MarkdownTable.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Markdown table of our documents: its style, its escaping rule and what it refuses. */
class MarkdownTableTest {

    @Test
    void writesTheReportsStyleWithLeftAlignedColumnsAndNoBlankLineAfter() {
        String table = new MarkdownTable("Item", "Status").row("a", "b").row("c", "d").toString();

        assertThat(table).isEqualTo("| Item | Status |\n|---|---|\n| a | b |\n| c | d |\n");
    }

    @Test
    void rightAlignsNumberColumnsInTheSeparatorRow() {
        String table = new MarkdownTable(Column.left("Product"), Column.right("Components"), Column.right("Wall")).row("qa", "3", "5.04 s")
                .toString();

        assertThat(table).isEqualTo("| Product | Components | Wall |\n|---|---:|---:|\n| qa | 3 | 5.04 s |\n");
        assertThat(new MarkdownTable("a").toString()).as("a left column is never right-aligned").isEqualTo("| a |\n|---|\n");
    }

    @Test
    void escapesPlainCellsSoNoValueCanBreakTheTableOrAddMarkup() {
        String table = new MarkdownTable("Value", "Note").row("a|b", "line one\nline two").row("**bold** `code` [link](x)", "<script>")
                .toString();

        assertThat(table).contains("| a\\|b | line one<br>line two |\n")
                .contains("| \\*\\*bold\\*\\* \\`code\\` \\[link\\](x) | &lt;script&gt; |\n")
                .doesNotContain("<script>").doesNotContain("**bold**");
        assertThat(table.lines()).as("one header, one separator, two rows").hasSize(4);
        assertThat(new MarkdownTable(new Column(Cell.text("a|b"), Align.LEFT)).toString()).as("headers follow the same rule")
                .startsWith("| a\\|b |\n");
    }

    @Test
    void formattedCellsPassThroughUnescaped() {
        String table = new MarkdownTable("Item", "Status", "Policies")
                .row(Cell.lines(Cell.code("slo.targets"), Cell.text("a_b")), Cell.bold("not-measured"),
                        Cell.lines(List.of(Cell.code("p-1"), Cell.code("p|2"))))
                .row(Cell.markdown("`already` **formatted** a\\|b"), Cell.text(""), Cell.lines(List.of()))
                .toString();

        assertThat(table).contains("| `slo.targets`<br>a\\_b | **not-measured** | `p-1`<br>p\\|2 |\n")
                .as("an escaped pipe stays escaped, an empty cell keeps its two spaces")
                .contains("| `already` **formatted** a\\|b |  |  |\n");
    }

    @Test
    void aBlankCellIsWrittenWithOneSpace() {
        String table = new MarkdownTable(new Column(Cell.blank(), Align.LEFT), new Column(Cell.blank(), Align.RIGHT))
                .row(Cell.text("zero"), Cell.blank()).toString();

        assertThat(table).isEqualTo("| | |\n|---|---:|\n| zero | |\n");
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedNamingTheColumns() {
        MarkdownTable table = new MarkdownTable("a", "b");

        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row has 1 cells; the table has 2 columns (a | b)");
        assertThatThrownBy(() -> table.row(Cell.text("1"), Cell.text("2"), Cell.text("3"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row has 3 cells; the table has 2 columns (a | b)");
        assertThat(table.isEmpty()).as("a refused row is not added").isTrue();
        table.row("1", "2");
        assertThat(table.isEmpty()).isFalse();
        assertThatThrownBy(() -> new MarkdownTable(new Column[0])).hasMessage("a Markdown table needs at least one column");
    }

    @Test
    void formattedMarkdownThatWouldLeaveItsCellIsRefused() {
        assertThatThrownBy(() -> Cell.markdown("`a|b`")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an unescaped '|' at index 2").hasMessageContaining("Cell.text");
        assertThatThrownBy(() -> Cell.markdown("a\\\\|b")).as("an escaped backslash does not escape the pipe after it")
                .hasMessageContaining("an unescaped '|' at index 3");
        assertThatThrownBy(() -> Cell.markdown("one\ntwo")).hasMessageContaining("a line break at index 3");
        assertThatThrownBy(() -> Cell.markdown("one\rtwo")).hasMessageContaining("a line break at index 3");
        assertThat(Cell.markdown("a\\|b `c`")).hasToString("a\\|b `c`");
    }

    @Test
    void appendsToTheDocumentAndReturnsItForWhatFollows() {
        StringBuilder out = new StringBuilder("## Section\n\n");

        new MarkdownTable("a").row("1").appendTo(out).append("\nafter\n");

        assertThat(out).hasToString("## Section\n\n| a |\n|---|\n| 1 |\n\nafter\n");
    }
}
