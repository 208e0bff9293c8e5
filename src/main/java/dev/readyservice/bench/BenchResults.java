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
 */
public record BenchResults(MachineInfo machine, String command, int runs, SizeResult reference, List<SizeResult> sizes,
        List<RunSample> jvmStart) {

    public BenchResults {
        sizes = List.copyOf(sizes);
        jvmStart = List.copyOf(jvmStart);
    }
}
