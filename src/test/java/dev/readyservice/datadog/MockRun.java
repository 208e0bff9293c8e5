package dev.readyservice.datadog;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.Context;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.function.Consumer;

/** Runs a program under {@link RecordingMocks} and always cleans up PulumiTest's global state. */
final class MockRun {

    /** Constants for the test program's options. */
    static final com.pulumi.resources.CustomResourceOptions NO_OPTIONS = com.pulumi.resources.CustomResourceOptions.Empty;

    private MockRun() {}

    /** Runs the program, asserts it raised nothing, and returns what was registered. */
    static RecordingMocks run(Consumer<Context> program) {
        var mocks = RecordingMocks.echoingInputs();
        try {
            TestResult result = PulumiTest.withMocks(mocks).runTest(program);
            assertThat(result.exceptions()).isEmpty();
            assertThat(result.errors()).isEmpty();
        } finally {
            PulumiTest.cleanup();
        }
        return mocks;
    }

    /** Runs the program and returns its result (exceptions included) without judging it. */
    static TestResult runRaw(RecordingMocks mocks, Consumer<Context> program) {
        try {
            return PulumiTest.withMocks(mocks).runTest(program);
        } finally {
            PulumiTest.cleanup();
        }
    }
}
