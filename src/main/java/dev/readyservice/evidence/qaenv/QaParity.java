package dev.readyservice.evidence.qaenv;

import dev.readyservice.review.project.StackFile;
import java.util.List;
import java.util.Objects;

/**
 * What the project's stack files show about its QA environment.
 *
 * @param state which stack files exist
 * @param differences when both exist, every config key whose value differs, allowed or not
 */
public record QaParity(State state, List<ConfigDifference> differences) {
    /** The QA stack file. */
    public static final String QA_STACK_FILE = StackFile.fileName("qa");
    /** The prod stack file QA is compared with. */
    public static final String PROD_STACK_FILE = StackFile.fileName("prod");

    /** Which stack files exist. */
    public enum State {
        /** Both exist and were compared. */
        COMPARED,
        /** {@code Pulumi.qa.yaml} is absent: there is no QA environment. */
        NO_QA_STACK,
        /** {@code Pulumi.qa.yaml} exists, {@code Pulumi.prod.yaml} does not: nothing to compare with yet. */
        NO_PROD_STACK
    }

    public QaParity {
        Objects.requireNonNull(state, "state");
        differences = List.copyOf(differences);
        if (state != State.COMPARED && !differences.isEmpty()) {
            throw new IllegalArgumentException("differences: only a comparison of two stack files has differences, state is " + state);
        }
    }

    /** Both stack files exist; {@code differences} between them. */
    public static QaParity compared(List<ConfigDifference> differences) {
        return new QaParity(State.COMPARED, differences);
    }

    /** There is no QA stack file. */
    public static QaParity noQaStack() {
        return new QaParity(State.NO_QA_STACK, List.of());
    }

    /** There is a QA stack file but no prod one. */
    public static QaParity noProdStack() {
        return new QaParity(State.NO_PROD_STACK, List.of());
    }

    /** The differences QA may have. */
    public List<ConfigDifference> allowedDifferences() {
        return differences.stream().filter(ConfigDifference::allowed).toList();
    }

    /** The differences QA must not have; any of them fails the item. */
    public List<ConfigDifference> disallowedDifferences() {
        return differences.stream().filter(d -> !d.allowed()).toList();
    }
}
