package dev.readyservice.review.engine;

import dev.readyservice.review.Preview.LogEntry;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The program's {@code Log} calls. The Java SDK sends several DEBUG messages per resource, so a
 * call only filters and appends to a lock-free queue: nothing here blocks the program.
 * WARNING and ERROR are always kept; DEBUG and INFO only when the review runs with debug.
 */
public final class EngineLogs {
    private final boolean keepDebugAndInfo;
    private final ConcurrentLinkedQueue<LogEntry> kept = new ConcurrentLinkedQueue<>();
    private final AtomicLong received = new AtomicLong();

    /** Logs that keep DEBUG and INFO messages only when {@code keepDebugAndInfo}. */
    public EngineLogs(boolean keepDebugAndInfo) {
        this.keepDebugAndInfo = keepDebugAndInfo;
    }

    /** Takes one message; {@code severity} is the protocol's name (DEBUG, INFO, WARNING, ERROR). */
    void accept(String severity, String message, String urn) {
        received.incrementAndGet();
        boolean always = "WARNING".equals(severity) || "ERROR".equals(severity);
        if (always || keepDebugAndInfo) {
            kept.add(new LogEntry(severity, message, urn));
        }
    }

    /** The kept messages in arrival order. */
    public List<LogEntry> kept() {
        return List.copyOf(kept);
    }

    /** The kept messages of one severity. */
    public List<String> messages(String severity) {
        return kept.stream().filter(e -> e.severity().equals(severity)).map(LogEntry::message).toList();
    }

    /** How many {@code Log} calls arrived, kept or not. */
    public long received() {
        return received.get();
    }
}
