package dev.readyservice.review;

import dev.readyservice.review.engine.OfflineEngine;
import dev.readyservice.review.launch.GradleProgram;
import dev.readyservice.review.launch.MavenProgram;
import dev.readyservice.review.launch.ProgramArchive;
import dev.readyservice.review.launch.ProgramCommand;
import dev.readyservice.review.launch.ProgramProcess;
import dev.readyservice.review.launch.ProgramResult;
import dev.readyservice.review.project.PinnedAnswers;
import dev.readyservice.review.project.ProjectLoader;
import dev.readyservice.review.project.PulumiProject;
import dev.readyservice.review.project.StackConfig;
import dev.readyservice.review.project.StackConfigLoader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Previews a Pulumi Java program offline: loads the project and stack config, serves the embedded
 * engine, runs the program as the Java language host would with {@code PULUMI_DRY_RUN=true}, and
 * returns every resource it registered. Needs no Pulumi CLI, plugin or cloud.
 *
 * <pre>{@code
 * Preview preview = OfflinePreview.run(new PreviewRequest(dir, "qa", Duration.ofMinutes(5), false, System.out::println));
 * }</pre>
 */
public final class OfflinePreview {
    /** How many registrations between two progress messages. */
    private static final int PROGRESS_EVERY = 100;

    private final Function<PulumiProject, ProgramCommand> commandOverride;
    private final List<String> mavenArgs;
    private final Function<String, Optional<Path>> onPath;

    private OfflinePreview(Function<PulumiProject, ProgramCommand> commandOverride, List<String> mavenArgs) {
        this(commandOverride, mavenArgs, GradleProgram::onPath);
    }

    private OfflinePreview(Function<PulumiProject, ProgramCommand> commandOverride, List<String> mavenArgs,
            Function<String, Optional<Path>> onPath) {
        this.commandOverride = commandOverride;
        this.mavenArgs = List.copyOf(mavenArgs);
        this.onPath = onPath;
    }

    /**
     * Previews the program of {@code request}.
     *
     * @throws ReviewException BAD_INPUT when the project, stack or config cannot be used; PROGRAM_FAILED
     *     when the program fails, times out or asks for what an offline preview cannot answer
     */
    public static Preview run(PreviewRequest request) {
        return new OfflinePreview(null, List.of()).preview(request);
    }

    /** A preview that runs {@code command} instead of the project's program (tests launch fixtures this way). */
    static OfflinePreview withCommand(Function<PulumiProject, ProgramCommand> command) {
        return new OfflinePreview(command, List.of());
    }

    /** A preview that finds executables ({@code gradle}) with {@code onPath} instead of the real {@code PATH}. */
    static OfflinePreview withPath(Function<String, Optional<Path>> onPath) {
        return new OfflinePreview(null, List.of(), onPath);
    }

    /** A preview that passes {@code mavenArgs} (e.g. {@code -o}) to the Maven build of a source project. */
    static OfflinePreview withMavenArgs(List<String> mavenArgs) {
        return new OfflinePreview(null, mavenArgs);
    }

    /**
     * Loads and checks the project and stack config of {@code request}, so that bad input fails
     * before anything starts; {@link Loaded#run()} then previews. The review starts the policy pack
     * between the two.
     *
     * @throws ReviewException BAD_INPUT when the project, stack or config cannot be used
     */
    public static Loaded load(PreviewRequest request) {
        return new OfflinePreview(null, List.of()).loaded(request);
    }

    Preview preview(PreviewRequest request) {
        return loaded(request).run();
    }

    private Loaded loaded(PreviewRequest request) {
        PulumiProject project = ProjectLoader.load(request.projectDir());
        StackConfig config = StackConfigLoader.load(project, request.stack());
        return new Loaded(this, request, project, config, PinnedAnswers.read(request.invokesFile(), request.stackOutputsFile()));
    }

    /** A preview whose project and stack config are loaded and checked. */
    public static final class Loaded {
        private final OfflinePreview preview;
        private final PreviewRequest request;
        private final PulumiProject project;
        private final StackConfig config;
        private final PinnedAnswers pinned;

        private Loaded(OfflinePreview preview, PreviewRequest request, PulumiProject project, StackConfig config, PinnedAnswers pinned) {
            this.preview = preview;
            this.request = request;
            this.project = project;
            this.config = config;
            this.pinned = pinned;
        }

        /** The project's name, from {@code Pulumi.yaml}. */
        public String projectName() {
            return project.name();
        }

        /** The stack config the program receives (secrets as placeholders), which the policy pack receives too. */
        public StackConfig config() {
            return config;
        }

        /** The organization the program and the policy pack are told, as the CLI tells them. */
        public String organization() {
            return ProgramEnvironment.DEFAULT_ORGANIZATION;
        }

        /**
         * Runs the program against the offline engine and returns what it registered.
         *
         * @throws ReviewException PROGRAM_FAILED when the program fails, times out or asks for what an
         *     offline preview cannot answer
         */
        public Preview run() {
            return run(partial -> { });
        }

        /**
         * As {@link #run()}, telling {@code whenDoneCalling} when the program has registered the
         * stack's outputs and stopped calling ({@link OfflineEngine#whenDoneCalling}), with a supplier of what it registered so
         * far (read when called): the review starts the policy pack's analysis then. Called at most
         * once, on a thread of the engine's; it must return at once.
         */
        public Preview run(Consumer<Supplier<Preview>> whenDoneCalling) {
            return preview.run(request, project, config, pinned, whenDoneCalling);
        }
    }

    private Preview run(PreviewRequest request, PulumiProject project, StackConfig config, PinnedAnswers pinned,
            Consumer<Supplier<Preview>> whenDoneCalling) {
        Consumer<String> progress = synchronizedConsumer(request.progress());
        ProgramCommand command = command(project, request, progress);
        try (OfflineEngine engine = OfflineEngine.start(project.name(), request.stack(), request.debug(),
                count -> reportCount(count, progress), config, pinned)) {
            progress.accept("Starting program " + project.name() + " (stack " + request.stack() + ") against the offline engine at "
                    + engine.address() + " ...");
            engine.whenDoneCalling(() -> whenDoneCalling.accept(() -> new Preview(project.name(), request.stack(),
                    engine.registrations().all(), List.of(), Set.of(), Duration.ZERO)));
            Map<String, String> environment = ProgramEnvironment.of(project, request.stack(), config, engine.address());
            Optional<ProgramArchive> archive = archive(project, environment);
            ProgramResult result = runProgram(archive.map(a -> command.withJvmOptions(a.jvmOptions())).orElse(command), environment,
                    request, progress);
            archive.ifPresent(a -> a.settle(result));
            int count = engine.registrations().count();
            progress.accept(count + " resources registered in " + result.duration().toMillis() + " ms");
            ProgramFailure.check(result, engine, request.timeout(), request.debug());
            return new Preview(project.name(), request.stack(), engine.registrations().all(), engine.logs().kept(),
                    config.undecryptedKeys(), result.duration(), engine.assumptions().all());
        }
    }

    /**
     * How the language host would start the program, tried in its order: the prebuilt
     * {@code binary}, a Maven project ({@code pom.xml}), a Gradle project ({@link GradleProgram}).
     */
    private ProgramCommand command(PulumiProject project, PreviewRequest request, Consumer<String> progress) {
        if (commandOverride != null) {
            return commandOverride.apply(project);
        }
        if (project.binary().isPresent()) {
            return ProgramCommand.jar(project.binary().get(), project.programDirectory());
        }
        Path directory = project.programDirectory();
        if (Files.isRegularFile(directory.resolve("pom.xml"))) {
            return MavenProgram.prepare(directory, mavenArgs, request.timeout(), progress);
        }
        if (GradleProgram.isGradleProject(directory)) {
            ProgramCommand gradle = GradleProgram.prepare(directory, onPath);
            progress.accept("Building and running the program with Gradle (" + String.join(" ", gradle.command()) + " in "
                    + gradle.workingDirectory() + ") ...");
            return gradle;
        }
        throw ReviewException.badInput("Pulumi.yaml in " + project.directory() + " names no 'runtime.options.binary', and " + directory
                + " has neither a pom.xml (Maven) nor a build.gradle or settings.gradle (Gradle) to build the program from;"
                + " set the binary to the program jar or add a Maven or Gradle build");
    }

    /**
     * The class-data archive of a prebuilt program jar ({@link ProgramArchive}), when the launcher
     * started this review; a program built by Maven or Gradle, or a test's command, gets none.
     */
    private Optional<ProgramArchive> archive(PulumiProject project, Map<String, String> environment) {
        if (commandOverride != null || project.binary().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> seen = new HashMap<>(System.getenv());
        seen.putAll(environment);
        return ProgramArchive.cacheDir().flatMap(dir -> ProgramArchive.forJar(project.binary().get(), dir, seen));
    }

    private static ProgramResult runProgram(ProgramCommand command, Map<String, String> env, PreviewRequest request,
            Consumer<String> progress) {
        try {
            return ProgramProcess.run(command, env, request.timeout(), request.debug() ? line -> progress.accept("  | " + line) : null);
        } catch (UncheckedIOException e) {
            throw new ReviewException(ReviewException.Category.PROGRAM_FAILED, "cannot start the program: " + e.getMessage(), e);
        }
    }

    private static void reportCount(int count, Consumer<String> progress) {
        if (count % PROGRESS_EVERY == 0) {
            progress.accept(count + " resources registered ...");
        }
    }

    private static Consumer<String> synchronizedConsumer(Consumer<String> consumer) {
        Object lock = new Object();
        return message -> {
            synchronized (lock) {
                consumer.accept(message);
            }
        };
    }
}
