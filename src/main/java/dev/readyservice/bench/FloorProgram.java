package dev.readyservice.bench;

import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.readyservice.app.App;
import dev.readyservice.review.project.ProjectLoader;
import dev.readyservice.review.project.PulumiProject;
import dev.readyservice.review.project.StackConfig;
import dev.readyservice.review.project.StackConfigLoader;
import java.nio.file.Path;

/**
 * The floor of a review: the bundled program ({@link App#stack}) with the stack's config, run in
 * process under {@code PulumiTest} mocks, with no engine, no gRPC and no policy pack. {@code prr bench}
 * starts it as a child JVM ({@code java -cp readyservice.jar dev.readyservice.bench.FloorProgram DIR STACK})
 * so that, like the review, its time includes JVM start.
 *
 * <p>The public {@code PulumiTest} API runs with empty config; the SDK's own
 * {@code PulumiTestInternal} builder (pinned SDK 1.36.1) is the one way to hand the program the same
 * config the review gives it, loaded by the review's own {@link StackConfigLoader}.
 */
public final class FloorProgram {
    /** The line the floor prints on stdout: {@value} followed by the resource count. */
    static final String RESOURCES_LINE = "floor: resources registered: ";

    private FloorProgram() {
    }

    /**
     * Runs the program of the project in {@code args[0]} for stack {@code args[1]}; exits 0 when it
     * ran without errors, 1 when the program failed, 2 on bad arguments.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: FloorProgram <project-dir> <stack>");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), args[1]));
    }

    /** Runs the floor once in this JVM; returns the exit code {@link #main} would use. */
    static int run(Path projectDir, String stack) {
        PulumiProject project = ProjectLoader.load(projectDir.toAbsolutePath().normalize());
        StackConfig config = StackConfigLoader.load(project, stack);
        PreviewMocks mocks = new PreviewMocks();
        TestResult result = PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName(project.name()).stackName(stack).preview(true).build())
                .config(config.values(), config.secretKeys())
                .mocks(mocks)
                .build()
                .runTest(App::stack);
        PulumiTestInternal.cleanup();
        System.out.println(RESOURCES_LINE + mocks.registered());
        if (!result.errors().isEmpty() || !result.exceptions().isEmpty()) {
            // Errors name config keys and resources, never config values, so they are safe to print.
            result.errors().forEach(e -> System.err.println("floor: " + e));
            result.exceptions().forEach(e -> System.err.println("floor: " + e));
            return 1;
        }
        return 0;
    }
}
