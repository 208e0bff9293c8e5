package dev.readyservice.review.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a process's output line by line, each line cut at {@link #MAX_LINE_CHARS}: a program that
 * prints gigabytes without a line break must not run the review out of memory. What is cut is
 * counted, and the line says so.
 */
public final class BoundedLines {
    /** The longest line kept whole. */
    public static final int MAX_LINE_CHARS = 16 * 1024;

    private BoundedLines() {
    }

    /** Gives every line of {@code stream} (UTF-8, without its line break) to {@code lines}, until the stream ends. */
    public static void read(InputStream stream, Consumer<String> lines) throws IOException {
        read(stream, MAX_LINE_CHARS, lines);
    }

    static void read(InputStream stream, int maxChars, Consumer<String> lines) throws IOException {
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            StringBuilder line = new StringBuilder();
            long cut = 0;
            boolean pending = false;
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        lines.accept(finish(line, cut));
                        line.setLength(0);
                        cut = 0;
                        pending = false;
                    } else if (line.length() < maxChars) {
                        line.append(c);
                        pending = true;
                    } else {
                        cut++;
                    }
                }
            }
            if (pending || cut > 0) {
                lines.accept(finish(line, cut));
            }
        }
    }

    private static String finish(StringBuilder line, long cut) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r' && cut == 0) {
            end--;
        }
        String text = line.substring(0, end);
        return cut == 0 ? text : text + " ... [" + cut + " more characters cut]";
    }
}
