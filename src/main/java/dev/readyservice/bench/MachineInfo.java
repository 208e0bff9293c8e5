package dev.readyservice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The machine a benchmark ran on, as the report states it.
 *
 * @param processors available processors ({@code nproc})
 * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}
 * @param memoryKib {@code MemTotal} of {@code /proc/meminfo}
 * @param java the Java runtime the children ran on
 * @param loadAverage the 1, 5 and 15 minute load averages when the benchmark started ({@code /proc/loadavg}):
 *     anything above 0 is other work sharing the processors
 * @param started when the benchmark started
 */
public record MachineInfo(int processors, String cpuModel, long memoryKib, String java, String loadAverage, Instant started) {

    /** This machine, now. */
    public static MachineInfo detect(Instant now) {
        String cpu = read("/proc/cpuinfo").flatMap(t -> field(t, "model name")).orElse("unknown");
        long mem = read("/proc/meminfo").flatMap(t -> field(t, "MemTotal"))
                .map(v -> Long.parseLong(v.replace("kB", "").trim())).orElse(0L);
        String load = read("/proc/loadavg").map(t -> String.join(" ", Arrays.copyOf(t.trim().split("\\s+"), 3)))
                .orElse("unknown");
        String runtime = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpu, mem, runtime, load, now);
    }

    /** The value of the first {@code name : value} line of {@code text}. */
    static Optional<String> field(String text, String name) {
        return text.lines().filter(l -> l.startsWith(name)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
