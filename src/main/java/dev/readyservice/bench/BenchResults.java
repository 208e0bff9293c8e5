package dev.readyservice.bench;

import java.util.List;

/**
 * A whole benchmark: where, how, and every measurement.
 *
 * @param machine the machine it ran on
 * @param command the command line that produced it
 * @param runs runs per measurement
 * @param reference the reference product's QA stack
 * @param sizes the generated products, smallest first
 * @param jvmStart {@code prr --version} runs: what starting the review's own JVM costs
 * @param realCli the real Pulumi CLI run beside the offline review ({@code pulumi version} and where), or why none was
 */
public record BenchResults(MachineInfo machine, String command, int runs, SizeResult reference, List<SizeResult> sizes,
        List<RunSample> jvmStart, String realCli) {

    public BenchResults {
        sizes = List.copyOf(sizes);
        jvmStart = List.copyOf(jvmStart);
        java.util.Objects.requireNonNull(realCli, "realCli");
    }

    /** Results without the real CLI. */
    public BenchResults(MachineInfo machine, String command, int runs, SizeResult reference, List<SizeResult> sizes,
            List<RunSample> jvmStart) {
        this(machine, command, runs, reference, sizes, jvmStart, "not run");
    }

    /** True when the real CLI ran beside the offline review. */
    public boolean realMeasured() {
        return sizes.stream().anyMatch(s -> !s.real().isEmpty());
    }
}
