package dev.readyservice.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRecordsTest {

    @Test
    void targetKindsUseTheProvidersValues() {
        assertThat(EscalationTarget.schedule("PS1")).isEqualTo(
                new EscalationTarget(EscalationTarget.Kind.SCHEDULE, "PS1"));
        assertThat(EscalationTarget.user("PU1").kind().wireValue()).isEqualTo("user_reference");
        assertThat(EscalationTarget.Kind.SCHEDULE.wireValue()).isEqualTo("schedule_reference");
    }

    @Test
    void recordsCopyTheirCollectionsSoLaterChangesDoNotLeakIn() {
        var targets = new ArrayList<>(List.of(EscalationTarget.user("PU1")));
        var level = new EscalationLevel(5, targets);
        var levels = new ArrayList<>(List.of(level));
        var path = new EscalationPath(1, levels);
        var days = EnumSet.of(DayOfWeek.MONDAY);
        var hours = new SupportHours(ZoneId.of("UTC"), days, LocalTime.of(8, 0), LocalTime.of(16, 0));
        var components = new ArrayList<>(List.of(Fixtures.API));
        var product = new PagerDutyProduct("p", "t", "P", "qa", path, hours, components);

        targets.add(EscalationTarget.user("PU2"));
        levels.clear();
        days.add(DayOfWeek.FRIDAY);
        components.add(Fixtures.UI);

        assertThat(level.targets()).containsExactly(EscalationTarget.user("PU1"));
        assertThat(path.levels()).containsExactly(level);
        assertThat(hours.days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(product.components()).containsExactly(Fixtures.API);
    }

    @Test
    void nullFieldsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> new EscalationTarget(null, "PU1")).withMessage("kind");
        assertThatNullPointerException().isThrownBy(() -> EscalationTarget.user(null)).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new EscalationLevel(1, null)).withMessage("targets");
        assertThatNullPointerException().isThrownBy(() -> new EscalationPath(1, null)).withMessage("levels");
        assertThatNullPointerException()
                .isThrownBy(() -> new PagerDutyComponent("api", "api", true, null))
                .withMessage("description");
        var p = Fixtures.checkout();
        assertThatNullPointerException()
                .isThrownBy(() -> new PagerDutyProduct(p.product(), p.team(), null, p.environment(),
                        p.escalation(), p.supportHours(), p.components()))
                .withMessage("businessServiceName");
        assertThatNullPointerException()
                .isThrownBy(() -> new PagerDutyProduct(p.product(), p.team(), p.businessServiceName(),
                        p.environment(), p.escalation(), null, p.components()))
                .withMessage("supportHours");
    }

    @Test
    void limitsAreThoseDocumentedByPagerDuty() {
        assertThat(PagerDutyLimits.MIN_ESCALATION_DELAY_MINUTES).isEqualTo(1);
        assertThat(PagerDutyLimits.MIN_TARGETS_PER_LEVEL).isEqualTo(1);
        assertThat(PagerDutyLimits.MAX_TARGETS_PER_LEVEL).isEqualTo(5);
        assertThat(PagerDutyLimits.MIN_LEVELS).isEqualTo(1);
        assertThat(PagerDutyLimits.MIN_LOOPS).isZero();
        assertThat(PagerDutyLimits.MAX_LOOPS).isEqualTo(9);
    }

    @Test
    void namesFollowTheEvidenceConventions() {
        assertThat(PagerDutyNames.technicalService("checkout", "api")).isEqualTo("checkout-api");
        assertThat(PagerDutyNames.logical("shop", "team")).isEqualTo("shop-team");
    }
}
