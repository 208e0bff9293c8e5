package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsTheLastLinesWithoutTerminalColours() {
        OutputTail tail = new OutputTail(2);
        tail.add("first");
        tail.add("\u001B[1;31m[ERROR]\u001B[m second");
        tail.add("third");

        assertThat(tail.lines()).containsExactly("[ERROR] second", "third");
        assertThat(tail.text()).isEqualTo("[ERROR] second\nthird");
        assertThat(OutputTail.of("a\nb\nc\n", 5)).isEqualTo("a\nb\nc");
    }
}
