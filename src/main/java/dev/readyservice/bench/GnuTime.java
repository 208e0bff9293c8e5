package dev.readyservice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a command in GNU {@code /usr/bin/time} and reads what it wrote. GNU time's own usage
 * figures come from {@code wait4}: CPU includes every descendant the command waited for (the review
 * JVM waits for the program JVM and for the pack's node process), and {@code %M} is the peak of the
 * largest single process, not of the tree.
 */
final class GnuTime {
    /** Where GNU time lives on Debian and most Linux distributions. */
    static final String EXECUTABLE = "/usr/bin/time";
    /** Elapsed seconds, user seconds, system seconds, max RSS in KiB, on one line. */
    static final String FORMAT = "%e %U %S %M";

    private GnuTime() {
    }

    /** {@code /usr/bin/time -f FORMAT -o report -- command...}. */
    static List<String> wrap(List<String> command, java.nio.file.Path report) {
        List<String> wrapped = new ArrayList<>(List.of(EXECUTABLE, "-f", FORMAT, "-o", report.toString(), "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** The figures of {@link #FORMAT} from GNU time's report (its last non-blank line). */
    static Figures parse(String report) {
        String[] lines = report.strip().split("\n");
        String[] fields = lines[lines.length - 1].trim().split("\\s+");
        if (fields.length != 4) {
            throw new IllegalArgumentException("GNU time wrote '" + report.strip() + "', expected '<elapsed> <user> <sys> <maxrss KiB>'");
        }
        try {
            return new Figures(seconds(fields[0]), seconds(fields[1]).plus(seconds(fields[2])), Long.parseLong(fields[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("GNU time wrote '" + report.strip() + "', which has a field that is not a number", e);
        }
    }

    private static Duration seconds(String text) {
        return Duration.ofNanos(Math.round(Double.parseDouble(text) * 1e9));
    }

    /** GNU time's figures: elapsed, user + system CPU, and the largest single process's peak RSS. */
    record Figures(Duration wall, Duration cpu, long maxRssKib) {
    }
}
