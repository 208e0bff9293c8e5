package dev.readyservice.bench;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one review's time went, read from what {@code prr review} prints: the program process's
 * run time and resource count (stderr, {@code "prr: 86 resources registered in 9174 ms"}), and the
 * preview and policy-pack phases (stdout, {@code "preview 10.6 s, policy pack 3.3 s"}).
 *
 * @param resources resources the program registered (the stack included)
 * @param program the program process, JVM start to exit
 * @param preview the whole preview phase: project and config loading, engine start, the program
 * @param pack the policy pack phase: node start, Configure, Analyze per resource, AnalyzeStack
 */
public record ReviewOutput(int resources, Duration program, Duration preview, Duration pack) {
    private static final Pattern REGISTERED = Pattern.compile("(\\d+) resources registered in (\\d+) ms");
    private static final Pattern PHASES = Pattern.compile("preview (\\d+(?:\\.\\d+)?) s, policy pack (\\d+(?:\\.\\d+)?) s");

    /** Reads the figures from the review's {@code stdout} and {@code stderr}. */
    static ReviewOutput parse(String stdout, String stderr) {
        Matcher registered = REGISTERED.matcher(stderr);
        Matcher phases = PHASES.matcher(stdout);
        if (!registered.find() || !phases.find()) {
            throw new BenchException("the review's output does not say where its time went (expected '<n> resources registered in <ms> ms'"
                    + " on stderr and 'preview <s> s, policy pack <s> s' on stdout); its last output:\n"
                    + MeasuredProcess.tail(stdout + stderr, 15));
        }
        return new ReviewOutput(Integer.parseInt(registered.group(1)), Duration.ofMillis(Long.parseLong(registered.group(2))),
                seconds(phases.group(1)), seconds(phases.group(2)));
    }

    /** The floor's resource count from its stdout ({@value FloorProgram#RESOURCES_LINE}<n>). */
    static int floorResources(String stdout) {
        Matcher m = Pattern.compile(Pattern.quote(FloorProgram.RESOURCES_LINE) + "(\\d+)").matcher(stdout);
        if (!m.find()) {
            throw new BenchException("the floor did not print '" + FloorProgram.RESOURCES_LINE + "<n>'; its output:\n"
                    + MeasuredProcess.tail(stdout, 15));
        }
        return Integer.parseInt(m.group(1));
    }

    private static Duration seconds(String text) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    }
}
