package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
    private static List<String> lines(String text, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        BoundedLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max, lines::add);
        return lines;
    }

    @Test
    void splitsOnLineBreaksDropsCarriageReturnsAndKeepsALastLineWithoutOne() throws IOException {
        assertThat(lines("a\r\nb\n\nc", 10)).containsExactly("a", "b", "", "c");
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void cutsALongLineAndSaysHowMuchWasCut() throws IOException {
        assertThat(lines("0123456789abc\nnext\n", 10)).containsExactly("0123456789 ... [3 more characters cut]", "next");
    }
}
