package dev.readyservice.pagerduty;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** One compliant product description that tests change one field at a time. */
final class Fixtures {

    private Fixtures() {}

    static final SupportHours OFFICE_HOURS = new SupportHours(
            ZoneId.of("Europe/Berlin"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 30));

    static final EscalationPath TWO_LEVELS = new EscalationPath(2, List.of(
            new EscalationLevel(10, List.of(EscalationTarget.schedule("PSCHED1"))),
            new EscalationLevel(30, List.of(EscalationTarget.schedule("PSCHED2"), EscalationTarget.user("PUSER9")))));

    static final PagerDutyComponent API = new PagerDutyComponent("api", "api", true, "Checkout REST API.");
    static final PagerDutyComponent UI = new PagerDutyComponent("ui", "ui", true, "Checkout web front end.");
    static final PagerDutyComponent WORKER = new PagerDutyComponent("worker", "worker", false, "Order export jobs.");

    static PagerDutyProduct checkout() {
        return new PagerDutyProduct(
                "checkout", "Checkout Team", "Checkout", "prod", TWO_LEVELS, OFFICE_HOURS, List.of(API, UI, WORKER));
    }
}
