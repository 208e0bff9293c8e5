import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maxBurnRate } from "../lib/burn-rate";
import { closedToTheInternet, compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, without, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingBurnRateAlerts as policy } from "./missing-burn-rate-alerts";

const AVAILABILITY_ALERTS = ["shop-api-availability-fast-burn", "shop-api-availability-slow-burn"];
const HANDLE_HOW = "a handle '@pagerduty-<service>' reaches a pagerduty:index/service:Service only through a datadog:pagerduty/serviceObject:ServiceObject with that serviceName whose serviceKey comes from a PagerDuty service integration of the service (lib/paging.ts)";

function editingAll(stack: ResourceSpec[], names: string[], edit: (r: ResourceSpec) => void): ResourceSpec[] {
    return names.reduce((s, name) => editing(s, name, edit), stack);
}

const NO_PAGE = "SLO 'shop-api-availability' has no burn-rate alert that pages: none notifies its PagerDuty service when in ALERT (outside '{{#is_warning}}'-style blocks) with a critical threshold below 1000, the highest burn rate a 99.9% target allows";

/** Sets a burn-rate alert's critical threshold (in its query too, as Datadog wants) and warning. */
function setThresholds(alert: ResourceSpec, critical: string, warning?: string): void {
    alert.props.query = String(alert.props.query).replace(/> [\d.]+$/, `> ${critical}`);
    alert.props.monitorThresholds = warning === undefined ? { critical } : { critical, warning };
}

describe("missing-burn-rate-alerts", () => {
    it("passes SLOs whose burn-rate alerts refer to them, can fire and page a PagerDuty service of the stack", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails an SLO without burn-rate alerts", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-latency-fast-burn", "shop-api-latency-slow-burn")), [
            "SLO 'shop-api-latency' has no burn-rate alert (a datadog:index/monitor:Monitor of type 'slo alert' whose burn_rate() query refers to the SLO resource 'shop-api-latency-slo')",
        ]);
    });

    it("does not relate an alert to an SLO by its tag or by dependsOn alone", async () => {
        const stack = editingAll(compliantStack(), ["shop-api-latency-fast-burn", "shop-api-latency-slow-burn"], (r) => {
            r.propertyDependencies = {};
            r.dependencies = ["shop-api-latency-slo"];
        });
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-latency-fast-burn' is tagged 'slo:shop-api-latency' but is no burn-rate alert of SLO 'shop-api-latency': it must be of type 'slo alert' with a burn_rate() query that refers to the SLO resource 'shop-api-latency-slo' (a property dependency of its query)",
        ]);
    });

    it("relates an alert by its query's dependency when the query (the SLO's id) is unknown, as in a real preview", async () => {
        const stack = editingAll(compliantStack(), AVAILABILITY_ALERTS, (r) => { r.props.query = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("fails burn-rate alerts that can never fire: a threshold not below 1/(1 - target)", async () => {
        const stack = editing(compliantStack(), "shop-api-availability", (r) => { r.props.thresholds = [{ timeframe: "30d", target: 90 }]; });
        assert.deepEqual(await messages(policy, stack), AVAILABILITY_ALERTS.map((a) =>
            `burn-rate alert '${a}' of SLO 'shop-api-availability' can never fire: its lowest threshold 14.4 is not below 10, the highest burn rate a 90% target allows (1 / (1 - target))`));
        const above = editing(compliantStack(), "shop-api-availability-fast-burn", (r) => { setThresholds(r, "1000"); });
        assert.deepEqual(await messages(policy, above), [
            "burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' can never fire: its lowest threshold 1000 is not below 1000, the highest burn rate a 99.9% target allows (1 / (1 - target))",
        ]);
    });

    it("passes a burn rate below the maximum, and a business-hours alert whose warning is below it", async () => {
        const at93 = editing(compliantStack(), "shop-api-availability", (r) => { r.props.thresholds = [{ timeframe: "30d", target: 93.1 }]; });
        assert.deepEqual(await messages(policy, at93), []);
        const warning = editing(compliantStack(), "shop-api-availability-slow-burn", (r) => { setThresholds(r, "1000", "3"); });
        assert.deepEqual(await messages(policy, warning), []);
    });

    it("fails a burn-rate alert whose handle nothing answers", async () => {
        const stack = editing(compliantStack(), "shop-api-availability-slow-burn", (r) => {
            r.props.message = String(r.props.message).replace("@pagerduty-shop-api", "@pagerduty-nobody");
        });
        assert.deepEqual(await messages(policy, stack), [
            `burn-rate alert 'shop-api-availability-slow-burn' of SLO 'shop-api-availability' notifies no PagerDuty service of the stack (its message names @pagerduty-nobody; ${HANDLE_HOW})`,
        ]);
    });

    it("fails every burn-rate alert when Datadog has no PagerDuty integration for the service", async () => {
        const found = await messages(policy, without(compliantStack(), "shop-api-pagerduty-link"));
        assert.equal(found.length, 4);
        assert.equal(found[0], `burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' notifies no PagerDuty service of the stack (its message names @pagerduty-shop-api; ${HANDLE_HOW})`);
    });

    it("fails an SLO none of whose burn-rate alerts pages when in ALERT", async () => {
        const stack = editingAll(compliantStack(), AVAILABILITY_ALERTS, (r) => {
            r.props.message = String(r.props.message).replace("@pagerduty-shop-api", "{{#is_warning}}@pagerduty-shop-api{{/is_warning}}");
        });
        assert.deepEqual(await messages(policy, stack), [
            NO_PAGE,
        ]);
    });

    it("fails an SLO whose alerts can only warn: a critical threshold at the highest burn rate never sends ALERT, which is what pages", async () => {
        const stack = editingAll(compliantStack(), AVAILABILITY_ALERTS, (r) => { setThresholds(r, "1000", "14.4"); });
        assert.deepEqual(await messages(policy, stack), [NO_PAGE]);
        const onePages = editing(compliantStack(), "shop-api-availability-slow-burn", (r) => { setThresholds(r, "1000", "3"); });
        assert.deepEqual(await messages(policy, onePages), []);
    });

    it("fails a customer-facing component's SLO whose paging alerts reach only a service that opens low-urgency incidents out of support hours", async () => {
        const lowAtNight = editing(compliantStack(), "shop-api-pd", (r) => {
            (r.props.incidentUrgencyRule as Record<string, unknown>).outsideSupportHours = { type: "constant", urgency: "low" };
        });
        const why = "the PagerDuty service its alerts page ('shop-api-pd') opens low-urgency incidents out of support hours (incidentUrgencyRule: 'constant' 'high', or 'use_support_hours' with outsideSupportHours urgency 'high' or 'severity_based', wakes someone)";
        assert.deepEqual(await messages(policy, lowAtNight), [
            `SLO 'shop-api-availability' has no burn-rate alert that pages: ${why}`,
            `SLO 'shop-api-latency' has no burn-rate alert that pages: ${why}`,
        ]);
        const internal = closedToTheInternet(lowAtNight).map((r) => (!r.type.startsWith("azure-native:") && !r.type.startsWith("datadog:") ? r : editing([r], r.name, (x) => {
            const tags = x.props.tags;
            x.props.tags = Array.isArray(tags) ? tags.map((t) => (t === "criticality:customer-facing" ? "criticality:internal" : t))
                : tags === undefined ? tags : { ...(tags as Record<string, string>), criticality: "internal" };
        })[0]));
        assert.deepEqual(await messages(policy, internal), [], "an internal component's SLO may wait for business hours");
        const reached = "component 'api' is customer-facing, whatever its tags and spec say, because the internet reaches web app 'shop-api-app' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)";
        const publicApp = (value: unknown) => internal.map((r) => (r.name === "shop-api-app" ? { ...r, props: { ...r.props, publicNetworkAccess: value } } : r));
        assert.deepEqual(await messages(policy, publicApp("Enabled")), [
            `SLO 'shop-api-availability' has no burn-rate alert that pages: ${why}; ${reached}`,
            `SLO 'shop-api-latency' has no burn-rate alert that pages: ${why}; ${reached}`,
        ], "a component tagged internal that the internet reaches is customer-facing: its SLO must wake someone");
        assert.deepEqual(await messages(policy, publicApp(UNKNOWN)), ["shop-api-availability", "shop-api-latency"].map((slo) =>
            `[undecided] SLO '${slo}' has no burn-rate alert that pages out of support hours (${why}), which component 'api' needs if the internet reaches it: web app 'shop-api-app' publicNetworkAccess is unknown in preview`));
        const highAlways = editing(compliantStack(), "shop-api-pd", (r) => { r.props.incidentUrgencyRule = { type: "constant", urgency: "high" }; });
        assert.deepEqual(await messages(policy, highAlways), []);
        const unknown = editing(compliantStack(), "shop-api-pd", (r) => { r.props.incidentUrgencyRule = UNKNOWN; });
        assert.deepEqual((await messages(policy, unknown))[0],
            "[undecided] SLO 'shop-api-availability' pages PagerDuty service 'shop-api-pd', whose urgency out of support hours is unknown in preview, so whether its burn-rate alerts wake anyone cannot be shown");
    });

    it("fails a burn-rate alert that judges data more than an hour old, and is undecided when that is unknown in preview", async () => {
        const late = (delay: unknown) => editing(compliantStack(), "shop-api-availability-fast-burn", (r) => { r.props.evaluationDelay = delay; });
        assert.deepEqual(await messages(policy, late(7200)), [
            "burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' notifies too late: it judges data evaluationDelay 7200 s old, more than 60 minutes: it reports trouble long after customers have it",
        ]);
        assert.deepEqual(await messages(policy, late(UNKNOWN)), [
            "[undecided] burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' may notify too late: its evaluationDelay is unknown in preview, so how late it judges its data cannot be shown",
        ]);
        assert.deepEqual(await messages(policy, late(900)), []);
    });

    it("fails a draft burn-rate alert, which notifies no one", async () => {
        const stack = editing(compliantStack(), "shop-api-availability-slow-burn", (r) => { r.props.draftStatus = "draft"; });
        assert.deepEqual(await messages(policy, stack), [
            "burn-rate alert 'shop-api-availability-slow-burn' of SLO 'shop-api-availability' notifies no one: it is a draft (draftStatus 'draft'), for which Datadog sends no notification",
        ]);
    });

    it("fails a burn-rate alert whose critical threshold is not the one its query compares with", async () => {
        const stack = editing(compliantStack(), "shop-api-availability-fast-burn", (r) => { r.props.query = String(r.props.query).replace("> 14.4", "> 5000"); });
        assert.deepEqual(await messages(policy, stack), [
            "burn-rate alert 'shop-api-availability-fast-burn' of SLO 'shop-api-availability' compares its burn rate with 5000 but its monitorThresholds.critical is 14.4 (Datadog alerts at the query's threshold and refuses a different critical)",
        ]);
    });

    describe("windows: Datadog's range, a shorter short window, and a page in time", () => {
        /** Sets the long and short windows the alert's query names. */
        const windows = (alert: ResourceSpec, long: string, short: string) => {
            alert.props.query = String(alert.props.query).replace(/long_window\("[^"]*"\)/, `long_window("${long}")`).replace(/short_window\("[^"]*"\)/, `short_window("${short}")`);
        };
        const alertOf = (edit: (r: ResourceSpec) => void) => editing(compliantStack(), "shop-api-availability-slow-burn", edit);
        const SLOW = "burn-rate alert 'shop-api-availability-slow-burn' of SLO 'shop-api-availability'";

        it("fails a long window Datadog does not accept (above 48 hours, below 1 hour), and passes 48 hours", async () => {
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "72h", "6h"))), [
                `${SLOW} has a long window of 72h, which Datadog does not accept: the long window must be 1h to 48h`,
            ]);
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "3d", "6h"))), [
                `${SLOW} has a long window of 3d, which Datadog does not accept: the long window must be 1h to 48h`,
            ]);
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "30m", "5m"))), [
                `${SLOW} has a long window of 30m, which Datadog does not accept: the long window must be 1h to 48h`,
            ]);
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "48h", "4h"))), []);
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "2d", "4h"))), []);
        });

        it("fails a short window not shorter than the long one, and a query without one", async () => {
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "1h", "1h"))), [
                `${SLOW} has a short window (1h) not shorter than its long window (1h): Datadog requires the short window to be shorter (it confirms the burn is still going; the SRE workbook makes it 1/12 of the long one)`,
            ]);
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "1h", "90m"))), [
                `${SLOW} has a short window (90m) not shorter than its long window (1h): Datadog requires the short window to be shorter (it confirms the burn is still going; the SRE workbook makes it 1/12 of the long one)`,
            ]);
            assert.deepEqual(await messages(policy, alertOf((r) => { r.props.query = String(r.props.query).replace(/\.short_window\("[^"]*"\)/, ""); })), [
                `${SLOW} names no short_window(...) in its query: Datadog measures a burn rate over a long and a short window, both written in the query`,
            ]);
        });

        it("is undecided on a window it cannot read, and does not judge the windows of a query unknown in preview", async () => {
            assert.deepEqual(await messages(policy, alertOf((r) => windows(r, "1.5h", "5m"))), [
                `[undecided] ${SLOW} has a long_window("1.5h") the pack cannot read as minutes, hours or days ('5m', '1h', '2d'), so whether Datadog accepts its windows cannot be judged`,
            ]);
            assert.deepEqual(await messages(policy, editingAll(compliantStack(), AVAILABILITY_ALERTS, (r) => { r.props.query = UNKNOWN; })), []);
        });

        it("fails an SLO whose alerts that page all measure over more than 6 hours, and passes one that pages over 6 hours", async () => {
            const slowOnly = editingAll(compliantStack(), AVAILABILITY_ALERTS, (r) => windows(r, "24h", "2h"));
            const tooSlow = "SLO 'shop-api-availability' has no burn-rate alert that pages in time: the alerts that page ('shop-api-availability-fast-burn' over 24h, "
                + "'shop-api-availability-slow-burn' over 24h) measure the burn over a long window of more than 6h (maximumLongWindowHours; the SRE workbook pages on 1h and 6h windows and opens a ticket on longer ones)";
            assert.deepEqual(await messages(policy, slowOnly), [tooSlow]);
            assert.deepEqual(await messages(policy, editing(slowOnly, "shop-api-availability-fast-burn", (r) => windows(r, "6h", "30m"))), []);
            // The 24h alert may stay, as a ticket that only warns (its critical at the highest burn rate never ALERTs).
            const ticket = editing(slowOnly, "shop-api-availability-fast-burn", (r) => windows(r, "1h", "5m"));
            assert.deepEqual(await messages(policy, editing(ticket, "shop-api-availability-slow-burn", (r) => setThresholds(r, "1000", "3"))), []);
        });

        it("takes maximumLongWindowHours from config in QA, and in prod never above the workbook's 6", async () => {
            const slowOnly = editingAll(compliantStack(), AVAILABILITY_ALERTS, (r) => windows(r, "24h", "2h"));
            assert.deepEqual(await messages(policy, slowOnly, { maximumLongWindowHours: 24 }, "qa"), []);
            assert.deepEqual(await messages(policy, compliantStack(), { maximumLongWindowHours: 24 }), [
                "[not-checked] slo.objectives not checked as prod requires: missing-burn-rate-alerts's policy config sets maximumLongWindowHours 24, above the prod ceiling 6; the item fails until the setting is removed (the check ran at 6)",
            ]);
        });
    });

    it("is undecided when the SLO target is unknown", async () => {
        const stack = editing(compliantStack(), "shop-api-latency-slo", (r) => { r.props.thresholds = [{ timeframe: "30d", target: UNKNOWN }]; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] SLO 'shop-api-latency' target is unknown in preview, so whether its burn-rate alerts can fire cannot be judged",
        ]);
    });

    it("fails a stack without SLOs", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "datadog:index/serviceLevelObjective:ServiceLevelObjective")), [
            "no SLO in the stack, so there are no burn-rate alerts (expected datadog:index/serviceLevelObjective:ServiceLevelObjective resources with 'slo alert' monitors)",
        ]);
    });

    it("computes the highest burn rate as the component's BurnRateMath does", () => {
        assert.equal(maxBurnRate(99.9), 1000);
        assert.equal(maxBurnRate(99.5), 200);
        assert.equal(maxBurnRate(99), 100);
        assert.equal(maxBurnRate(93.056), 14.4);
        assert.equal(maxBurnRate(97), 33.333);
    });
});
