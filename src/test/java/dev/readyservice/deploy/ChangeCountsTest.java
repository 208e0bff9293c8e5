package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.OperationType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeCountsTest {
    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void mapsPulumisOperationCountsIncludingImportsAsCreates() {
        assertThat(AutomationStackOperations.ChangeCounts.from(Map.of(
                OperationType.CREATE, 2, OperationType.IMPORT, 1, OperationType.UPDATE, 3,
                OperationType.DELETE, 4, OperationType.REPLACE, 5, OperationType.SAME, 40,
                OperationType.READ, 9)))
                .isEqualTo(new ResourceChanges(3, 3, 4, 5, 40));
        assertThat(AutomationStackOperations.ChangeCounts.from(null)).isEqualTo(ResourceChanges.NONE);
    }

    @Test
    void recognisesAnInterruptInTheCauseChainOrOnTheThread() {
        assertThat(AutomationStackOperations.ChangeCounts.causedByInterrupt(
                new AutomationException("failed", new RuntimeException(new InterruptedException())))).isTrue();
        assertThat(AutomationStackOperations.ChangeCounts.causedByInterrupt(new AutomationException("409"))).isFalse();
        Thread.currentThread().interrupt();
        assertThat(AutomationStackOperations.ChangeCounts.causedByInterrupt(new AutomationException("409"))).isTrue();
    }
}
