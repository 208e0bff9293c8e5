package dev.readyservice.bench;

import dev.readyservice.model.StackPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark, resolved: no defaults are applied after this point.
 *
 * @param sizes the product sizes to generate, in components
 * @param runs how many times each review and each floor runs
 * @param out the Markdown file written
 * @param prrHome the ReadyService checkout: holds {@code target/readyservice.jar} and the bench's jar, the built
 *     {@code policy/} pack and the reference product ({@code Pulumi.qa.yaml})
 * @param workDir where the generated projects and run outputs go
 * @param timeout how long one measured run may take
 * @param realCli the real Pulumi CLI to run beside the offline review, or why there is none
 */
public record BenchOptions(List<Integer> sizes, int runs, Path out, Path prrHome, Path workDir, Duration timeout, RealCli realCli) {

    public BenchOptions {
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(prrHome, "prrHome");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(realCli, "realCli");
    }

    /** Options without the real CLI. */
    public BenchOptions(List<Integer> sizes, int runs, Path out, Path prrHome, Path workDir, Duration timeout) {
        this(sizes, runs, out, prrHome, workDir, timeout, RealCli.none("not asked for"));
    }

    /** The program jar (with its dependencies in {@code target/lib/}). */
    public Path jar() {
        return prrHome.resolve("target").resolve("readyservice.jar");
    }

    /** The bench's own jar, kept out of the production jar; the floor runs from it beside {@link #jar()}. */
    public Path benchJar() {
        return prrHome.resolve("target").resolve("readyservice-bench.jar");
    }

    /** The bundled policy pack. */
    public Path policyPack() {
        return prrHome.resolve("policy");
    }

    /** The policy config of the reference product's QA stack, used for every generated product too. */
    public Path policyConfig() {
        return StackPaths.policyConfig(policyPack(), "qa");
    }
}
