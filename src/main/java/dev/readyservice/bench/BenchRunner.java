package dev.readyservice.bench;

import dev.readyservice.review.launch.ProgramCommand;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the benchmark: a warm-up review and floor of the reference product (unmeasured: they record
 * the class-data archives of the review JVM and the program jar's JVM that later reviews map, as a user's first review does), {@code prr --version} (the
 * review JVM's start), then for the reference product and each generated size, {@code runs} times a
 * review and a floor, alternately, so drift in the machine's load hits both alike. Every run is a
 * child process measured by {@link MeasuredProcess}; one progress line per run. With a real Pulumi
 * CLI ({@link BenchOptions#realCli()}), each generated size's runs also include
 * {@code prr review --engine pulumi} of the same product ({@link RealReviews}); without one, the
 * results say why.
 */
public final class BenchRunner {
    /** The review exits 0 (ready) or 1 (not ready); both are complete reviews. */
    private static final List<Integer> REVIEW_OK = List.of(0, 1);

    private final BenchOptions options;
    private final Consumer<String> progress;
    private final Clock clock;
    private final String java;
    private final Path launcher;

    /** A runner for {@code options} that reports each run to {@code progress}. */
    public BenchRunner(BenchOptions options, Consumer<String> progress, Clock clock) {
        this.options = options;
        this.progress = progress;
        this.clock = clock;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.launcher = options.prrHome().resolve("prr");
    }

    /** Runs every measurement; {@code command} is recorded in the results as the command that ran. */
    public BenchResults run(String command) {
        MachineInfo machine = MachineInfo.detect(clock.instant());
        progress.accept("bench: warm-up review and floor of the reference product (not measured; records the class-data archives of the review JVM and the program jar's JVM)");
        measure(reviewCommand(options.prrHome(), "qa"), options.prrHome(), REVIEW_OK);
        floor(options.prrHome(), "qa");
        List<RunSample> jvmStart = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            MeasuredProcess.Result r = measure(List.of(launcher.toString(), "--version"), options.prrHome(), List.of(0));
            jvmStart.add(r.sample());
            progress.accept(line("prr --version", run, r.sample()));
        }
        SizeResult reference = product("qa (reference)", 3, options.prrHome(), "qa", Optional.empty());
        List<SizeResult> sizes = new ArrayList<>();
        if (options.realCli().pulumi().isEmpty()) {
            progress.accept("bench: SKIP the real pulumi preview beside the offline review: " + options.realCli().unavailable());
            for (int size : options.sizes()) {
                sizes.add(product(String.valueOf(size), size, generated(size), BenchProduct.STACK, Optional.empty()));
            }
            return new BenchResults(machine, command, options.runs(), reference, sizes, jvmStart,
                    "not run: " + options.realCli().unavailable());
        }
        Path pulumi = options.realCli().pulumi().get();
        String realCli;
        try (RealReviews real = RealReviews.start(pulumi, options.workDir())) {
            realCli = real.version() + " (" + pulumi + ")";
            progress.accept("bench: the real CLI " + realCli + " runs beside the offline review, with stand-in providers");
            for (int size : options.sizes()) {
                Path dir = generated(size);
                real.prepare(dir, BenchProduct.STACK);
                sizes.add(product(String.valueOf(size), size, dir, BenchProduct.STACK, Optional.of(real)));
            }
        }
        return new BenchResults(machine, command, options.runs(), reference, sizes, jvmStart, realCli);
    }

    private Path generated(int size) {
        return BenchProduct.write(options.workDir().resolve("product-" + size), size, options.jar());
    }

    private SizeResult product(String label, int components, Path dir, String stack, Optional<RealReviews> real) {
        List<SizeResult.ReviewRun> reviews = new ArrayList<>();
        List<RunSample> floors = new ArrayList<>();
        List<SizeResult.RealRun> realRuns = new ArrayList<>();
        int floorResources = 0;
        for (int run = 1; run <= options.runs(); run++) {
            MeasuredProcess.Result review = measure(reviewCommand(dir, stack), dir, REVIEW_OK);
            ReviewOutput output = ReviewOutput.parse(review.stdout(), review.stderr());
            reviews.add(new SizeResult.ReviewRun(review.sample(), output));
            progress.accept(line("review " + label, run, review.sample()) + ", " + output.resources() + " resources, program "
                    + secs(output.program()) + ", pack " + secs(output.pack()));
            MeasuredProcess.Result floor = floor(dir, stack);
            floorResources = ReviewOutput.floorResources(floor.stdout());
            floors.add(floor.sample());
            progress.accept(line("floor  " + label, run, floor.sample()) + ", " + floorResources + " resources");
            if (real.isPresent()) {
                MeasuredProcess.Result measured = MeasuredProcess.run(real.get().reviewCommand(reviewCommand(dir, stack), options.timeout()), dir,
                        real.get().environment(dir), options.workDir().resolve("runs"), options.timeout(), REVIEW_OK);
                Duration preview = RealReviews.previewTime(measured.stdout(), measured.stderr());
                realRuns.add(new SizeResult.RealRun(measured.sample(), preview));
                progress.accept(line("real   " + label, run, measured.sample()) + ", of which pulumi preview " + secs(preview));
            }
        }
        return new SizeResult(label, components, reviews, floors, floorResources, realRuns);
    }

    /** The floor in a child JVM started as the review starts the program (the same JVM options), so the two differ only in what the program runs against. */
    private MeasuredProcess.Result floor(Path dir, String stack) {
        return measure(floorCommand(dir, stack).command(), dir, List.of(0));
    }

    ProgramCommand floorCommand(Path dir, String stack) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ProgramCommand.JVM_OPTIONS);
        command.addAll(List.of("-cp", options.jar() + File.pathSeparator + options.benchJar(), FloorProgram.class.getName(),
                dir.toString(), stack));
        return new ProgramCommand(command, dir);
    }

    /** The review as a user runs it: the {@code prr} launcher, with the reference product's policy config. */
    List<String> reviewCommand(Path dir, String stack) {
        return List.of(launcher.toString(), "review", "--project-dir", dir.toString(), "--stack", stack, "--policy-pack",
                options.policyPack().toString(), "--policy-config", options.policyConfig().toString(),
                "--out", options.workDir().resolve("reports").resolve(dir.getFileName() + "-" + stack).toString());
    }

    private MeasuredProcess.Result measure(List<String> command, Path dir, List<Integer> ok) {
        return MeasuredProcess.run(command, dir, options.workDir().resolve("runs"), options.timeout(), ok);
    }

    private String line(String what, int run, RunSample s) {
        return String.format(Locale.ROOT, "bench: %s run %d/%d: %s wall, %s CPU, %d MiB peak RSS (tree)", what, run,
                options.runs(), secs(s.wall()), secs(s.cpu()), s.treePeakRssKib() / 1024);
    }

    static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
