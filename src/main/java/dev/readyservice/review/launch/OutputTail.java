package dev.readyservice.review.launch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last lines a program printed, kept for error messages without holding its whole output.
 * Terminal colour and cursor sequences (Maven colours its errors) are dropped: the lines end up in
 * a message, not on a terminal.
 */
final class OutputTail {
    /** ANSI escape sequences: CSI ({@code ESC [ ... letter}) and OSC ({@code ESC ] ... BEL}). */
    private static final Pattern ANSI = Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?)");
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    OutputTail(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line.indexOf('\u001B') < 0 ? line : ANSI.matcher(line).replaceAll(""));
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
