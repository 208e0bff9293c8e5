package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One review of a fixture program ({@link ReviewRun#reviewShop}), run once before a test class and
 * shared by its tests:
 * {@code @RegisterExtension static final ReviewedShop SHOP = new ReviewedShop(HollowDataShop.class, "prod");}.
 * The stack config names only the location; the project and the report live in a temp folder that
 * is deleted after the class.
 */
final class ReviewedShop implements BeforeAllCallback, AfterAllCallback {
    private static final String LOCATION_ONLY = "config:\n  azure-native:location: westeurope\n";

    private final Class<?> program;
    private final String stack;
    private Path dir;
    private ReviewRun run;

    /**
     * @param program the fixture program, reviewed as the project {@code shop}
     * @param stack the stack to review, e.g. {@code qa}
     */
    ReviewedShop(Class<?> program, String stack) {
        this.program = program;
        this.stack = stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("prr-e2e-" + program.getSimpleName());
        run = ReviewRun.reviewShop(dir, program, stack, LOCATION_ONLY);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (dir == null) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> files = Files.walk(dir)) {
            deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : deepestFirst) {
            Files.delete(file);
        }
    }

    /** @return the finished review */
    ReviewRun run() {
        return run;
    }

    /** @return the messages of {@code item}'s findings, after asserting that the review failed it */
    Set<String> failed(String item) {
        assertThat(run.statuses()).as(run.toString()).containsEntry(item, "fail");
        return run.messages(item);
    }
}
