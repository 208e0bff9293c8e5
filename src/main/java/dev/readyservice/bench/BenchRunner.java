package dev.readyservice.bench;

import dev.readyservice.review.launch.ClassDataArchive;
import dev.readyservice.review.launch.ProgramCommand;
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
 * the class-data archives later runs map, as a user's first review does), {@code prr --version} (the
 * review JVM's start), then for the reference product and each generated size, {@code runs} times a
 * review and a floor, alternately, so drift in the machine's load hits both alike. Every run is a
 * child process measured by {@link MeasuredProcess}; one progress line per run.
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
        progress.accept("bench: warm-up review and floor of the reference product (not measured; records the class-data archives)");
        measure(reviewCommand(options.prrHome(), "qa"), options.prrHome(), REVIEW_OK);
        floor(options.prrHome(), "qa");
        List<RunSample> jvmStart = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            MeasuredProcess.Result r = measure(List.of(launcher.toString(), "--version"), options.prrHome(), List.of(0));
            jvmStart.add(r.sample());
            progress.accept(line("prr --version", run, r.sample()));
        }
        SizeResult reference = product("qa (reference)", 3, options.prrHome(), "qa");
        List<SizeResult> sizes = new ArrayList<>();
        for (int size : options.sizes()) {
            Path dir = BenchProduct.write(options.workDir().resolve("product-" + size), size, options.jar());
            sizes.add(product(String.valueOf(size), size, dir, BenchProduct.STACK));
        }
        return new BenchResults(machine, command, options.runs(), reference, sizes, jvmStart);
    }

    private SizeResult product(String label, int components, Path dir, String stack) {
        List<SizeResult.ReviewRun> reviews = new ArrayList<>();
        List<RunSample> floors = new ArrayList<>();
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
        }
        return new SizeResult(label, components, reviews, floors, floorResources);
    }

    /**
     * The floor in a child JVM started as the review starts the program: the same JVM options and
     * a class-data archive of its own, so the two differ only in what the program runs against.
     */
    private MeasuredProcess.Result floor(Path dir, String stack) {
        ProgramCommand command = floorCommand(dir, stack);
        Optional<ClassDataArchive> classData = ClassDataArchive.forCommand(command, ClassDataArchive.cacheIn(options.prrHome()),
                System.getenv());
        try {
            MeasuredProcess.Result result = measure(classData.map(c -> c.apply(command)).orElse(command).command(), dir, List.of(0));
            classData.ifPresent(c -> c.settle(result.exitCode(), false));
            return result;
        } catch (BenchException e) {
            classData.ifPresent(c -> c.settle(-1, true));
            throw e;
        }
    }

    ProgramCommand floorCommand(Path dir, String stack) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ProgramCommand.JVM_OPTIONS);
        command.addAll(List.of("-cp", options.jar().toString(), FloorProgram.class.getName(), dir.toString(), stack));
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
