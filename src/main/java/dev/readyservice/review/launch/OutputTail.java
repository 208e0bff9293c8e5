package dev.readyservice.review.launch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last lines a program printed, kept for error messages without holding its whole output: the
 * one tail of the review's program, the policy pack and the bench's runs. Terminal colour and cursor
 * sequences (Maven colours its errors) are dropped: the lines end up in a message, not on a terminal.
 */
public final class OutputTail {
    /** ANSI escape sequences: CSI ({@code ESC [ ... letter}) and OSC ({@code ESC ] ... BEL}). */
    private static final Pattern ANSI = Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?)");
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    /** @param capacity how many of the last lines are kept */
    public OutputTail(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps {@code line}, dropping the oldest line when full. Safe to call from several reader threads. */
    public synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line.indexOf('\u001B') < 0 ? line : ANSI.matcher(line).replaceAll(""));
    }

    /** @return the kept lines, oldest first */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** @return the kept lines joined by line breaks */
    public synchronized String text() {
        return String.join("\n", lines);
    }

    /** @return the last {@code capacity} lines of {@code text} */
    public static String of(String text, int capacity) {
        OutputTail tail = new OutputTail(capacity);
        text.lines().forEach(tail::add);
        return tail.text();
    }
}
