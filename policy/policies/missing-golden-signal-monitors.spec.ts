import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack, CONTAINER_APP_QUERIES, containerAppStack, functionAppStack, setThresholdQuery, TRIGGER } from "../lib/fixtures";
import { editing, messages, ResourceSpec, without } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { missingGoldenSignalMonitors as policy } from "./missing-golden-signal-monitors";

const SIGNALS = ["latency", "traffic", "errors", "saturation"];
const HOW = "a datadog:index/monitor:Monitor of type 'metric alert' or 'query alert' without 'anomalies('";
const SCOPE = "service:shop-api or name:shop-prod-api or name:shop-prod-api-plan";

/** The compliant stack with its four threshold monitors replaced by `monitor`. */
function withOnly(monitor: (base: ResourceSpec) => void): ResourceSpec[] {
    const stack = editing(without(compliantStack(), "shop-api-traffic", "shop-api-errors", "shop-api-saturation"), "shop-api-latency", (r) => {
        r.props.tags = (r.props.tags as string[]).filter((t) => !t.startsWith("golden-signal:")).concat(SIGNALS.map((s) => `golden-signal:${s}`));
        monitor(r);
    });
    return stack;
}

/** An App Service plan of `api` named `plan-shop-prod-api`, which the web app runs on (serverFarmId). */
function withPlan(stack: ResourceSpec[]): ResourceSpec[] {
    // The compliant stack's web app already runs on 'shop-api-plan' (serverFarmId); give the plan the
    // Azure name the queries filter on.
    return editing(stack, "shop-api-plan", (r) => {
        r.props.name = "plan-shop-prod-api";
    });
}

describe("missing-golden-signal-monitors", () => {
    it("passes a stack with threshold monitors for all four signals", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a component without a latency threshold monitor", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-latency")), [
            `component 'api' has no threshold monitor for golden signal 'latency' (${HOW}, whose query measures latency with metrics filtered to ${SCOPE})`,
        ]);
    });

    it("does not count an anomaly monitor as the threshold monitor", async () => {
        const stack = editing(compliantStack(), "shop-api-errors", (r) => { setThresholdQuery(r, "avg(last_4h):anomalies(sum:trace.http.request.errors{service:shop-api}.as_count(), 'agile', 2) >= 1"); });
        assert.deepEqual(await messages(policy, stack), [
            `component 'api' has no threshold monitor for golden signal 'errors' (${HOW}, whose query measures errors with metrics filtered to ${SCOPE})`,
        ]);
    });

    it("fails a threshold monitor without a critical threshold", async () => {
        const stack = editing(compliantStack(), "shop-api-traffic", (r) => { r.props.monitorThresholds = {}; });
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-traffic' for golden signal 'traffic' of component 'api' has no monitorThresholds.critical",
        ]);
    });

    describe("a threshold monitor that can never trigger does not count", () => {
        const ERRORS = "sum(last_5m):sum:trace.http.request.errors{service:shop-api,env:prod}.as_count() / sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        const CPU = "avg(last_10m):avg:azure.web_serverfarms.cpu_percentage{name:shop-prod-api-plan}";
        const monitorOf = (signal: string) => `monitor 'shop-api-${signal}' for golden signal '${signal}' of component 'api'`;
        const judged = (signal: string, edit: (r: ResourceSpec) => void) => messages(policy, editing(compliantStack(), `shop-api-${signal}`, edit));

        it("fails a query without a comparison, and a critical threshold other than the query's", async () => {
            assert.deepEqual(await judged("latency", (r) => { r.props.query = "avg(last_5m):avg:trace.http.request.duration{service:shop-api,env:prod}"; }), [
                `${monitorOf("latency")} has a query that ends with no comparison to its threshold (e.g. '> 0.5'), so Datadog has nothing to alert on`,
            ]);
            assert.deepEqual(await judged("latency", (r) => { r.props.query = "avg(last_5m):avg:trace.http.request.duration{service:shop-api,env:prod} > 100000"; }), [
                `${monitorOf("latency")} compares its query with 100000 but its monitorThresholds.critical is 100 (Datadog alerts at the query's threshold and refuses a different critical)`,
            ]);
            assert.deepEqual(await judged("latency", (r) => { r.props.monitorThresholds = { critical: "never" }; }), [`${monitorOf("latency")} has no monitorThresholds.critical`]);
        });

        it("fails a monitor averaging over more than an hour, and passes one over an hour", async () => {
            assert.deepEqual(await judged("latency", (r) => { setThresholdQuery(r, "avg(last_1w):avg:trace.http.request.duration{service:shop-api,env:prod} > 0.5"); }), [
                `${monitorOf("latency")} averages over a window of 10080 minutes, more than 60: it reports trouble long after customers have it`,
            ]);
            assert.deepEqual(await judged("traffic", (r) => { setThresholdQuery(r, "sum(last_1h):sum:trace.http.request.hits{service:shop-api,env:prod}.as_count() < 10"); }), []);
        });

        it("fails a cumulative window that grows for more than an hour (current_1mo, current_1d), and passes current_1h", async () => {
            assert.deepEqual(await judged("latency", (r) => { setThresholdQuery(r, "avg(current_1mo):avg:trace.http.request.duration{service:shop-api,env:prod} > 0.5"); }), [
                `${monitorOf("latency")} averages over a window of 43200 minutes, more than 60: it reports trouble long after customers have it`,
            ]);
            assert.deepEqual(await judged("latency", (r) => { setThresholdQuery(r, "avg(current_1d):avg:trace.http.request.duration{service:shop-api,env:prod} > 0.5"); }), [
                `${monitorOf("latency")} averages over a window of 1440 minutes, more than 60: it reports trouble long after customers have it`,
            ]);
            assert.deepEqual(await judged("latency", (r) => { setThresholdQuery(r, "avg(current_1h):avg:trace.http.request.duration{service:shop-api,env:prod} > 0.5"); }), []);
        });

        it("fails latency, errors or saturation compared the wrong way: they are in trouble when they rise", async () => {
            assert.deepEqual(await judged("latency", (r) => { setThresholdQuery(r, "avg(last_5m):avg:trace.http.request.duration{service:shop-api,env:prod} < 0.5"); }), [
                `${monitorOf("latency")} alerts when latency is < 0.5, but latency is in trouble when it rises: the query must compare with '>' or '>='`,
            ]);
        });

        it("passes saturation of what is left compared with '<': free memory falls as it saturates", async () => {
            assert.deepEqual(await judged("saturation", (r) => {
                setThresholdQuery(r, "avg(last_5m):avg:azure.app_services.memory_available{name:shop-prod-api} < 200000000");
            }), []);
        });

        it("fails thresholds the metric never reaches: an error ratio above 1, a percentage above 100, a count below 0", async () => {
            assert.deepEqual(await judged("errors", (r) => { setThresholdQuery(r, `${ERRORS} > 1`); }), [
                `${monitorOf("errors")} can never trigger: it alerts when its query is > 1, and an error count over a request count is a ratio of at most 1`,
            ]);
            assert.deepEqual(await judged("saturation", (r) => { setThresholdQuery(r, `${CPU} > 100`); }), [
                `${monitorOf("saturation")} can never trigger: it alerts when its query is > 100, and 'azure.web_serverfarms.cpu_percentage' is a percentage of at most 100`,
            ]);
            assert.deepEqual(await judged("traffic", (r) => { setThresholdQuery(r, "sum(last_15m):sum:trace.http.request.hits{service:shop-api,env:prod}.as_count() < 0"); }), [
                `${monitorOf("traffic")} can never trigger: it alerts when its query is < 0, and traffic is never below 0`,
            ]);
        });

        it("passes a reachable threshold, a traffic floor, and a critical beyond reach whose warning can trigger", async () => {
            assert.deepEqual(await judged("errors", (r) => { setThresholdQuery(r, `${ERRORS} > 0.01`); }), []);
            assert.deepEqual(await judged("saturation", (r) => { setThresholdQuery(r, `${CPU} >= 100`); }), []);
            assert.deepEqual(await judged("traffic", (r) => { setThresholdQuery(r, "sum(last_15m):sum:trace.http.request.hits{service:shop-api,env:prod}.as_count() <= 0"); }), []);
            assert.deepEqual(await judged("errors", (r) => { setThresholdQuery(r, `${ERRORS} > 1`); r.props.monitorThresholds = { critical: "1", warning: "0.5" }; }), []);
        });

        it("is undecided when the thresholds are unknown in preview", async () => {
            assert.deepEqual(await judged("latency", (r) => { r.props.monitorThresholds = { critical: UNKNOWN }; }), [
                `[undecided] ${monitorOf("latency")} has thresholds unknown in preview, so whether it can trigger cannot be judged`,
            ]);
        });
    });

    describe("a traffic monitor that watches for a drop must tell someone when traffic stops (lib/no-data.ts)", () => {
        const HITS = "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        const DROP = `sum(last_15m):${HITS} < 10`;
        const FIX = "set notifyNoData true (noDataTimeframe at most 60 minutes) or onMissingData 'show_and_notify_no_data', "
            + "use onMissingData 'default' in a sum(...) of .as_count() metrics (a stop then counts as 0), or fill the gaps with zeros "
            + "(default_zero() around every metric of the query; in anomalies(), count_default_zero='true' over .as_count() metrics)";
        const hollow = (what: string, query = "< 10") => "monitor 'shop-api-traffic' is tagged 'golden-signal:traffic' but is no traffic threshold monitor of component 'api': "
            + `it alerts when traffic falls (${query}), but when traffic stops entirely Datadog gets no points and ${what}: ${FIX}`;
        /** The compliant stack whose only traffic threshold monitor is `query`, with `settings` for missing data (none by default). */
        const dropOnly = (query: string, settings: Record<string, unknown> = {}) => messages(policy, editing(compliantStack(), "shop-api-traffic", (r) => {
            setThresholdQuery(r, query);
            delete r.props.notifyNoData;
            delete r.props.noDataTimeframe;
            Object.assign(r.props, settings);
        }));
        const SILENT = "the monitor shows NO DATA and notifies no one";

        it("fails a drop monitor left in NO DATA: notifyNoData unset or false, onMissingData that shows, resolves or keeps the last status", async () => {
            assert.deepEqual(await dropOnly(DROP), [hollow(`${SILENT} (notifyNoData is not set, and Datadog's default is false; onMissingData is not set)`)]);
            assert.deepEqual(await dropOnly(DROP, { notifyNoData: false }), [hollow(`${SILENT} (notifyNoData is false; onMissingData is not set)`)]);
            assert.deepEqual(await dropOnly(DROP, { onMissingData: "show_no_data", notifyNoData: true }), [hollow(`${SILENT} (onMissingData 'show_no_data')`)]);
            assert.deepEqual(await dropOnly(DROP, { onMissingData: "resolve" }), [hollow("the monitor resolves to OK (onMissingData 'resolve')")]);
            const average = `avg(last_15m):${HITS} < 10`;
            assert.deepEqual(await dropOnly(average, { onMissingData: "default" }), [
                hollow("the monitor keeps its last known status (onMissingData 'default' evaluates a missing value as 0 only in a sum(...) of .as_count() metrics)"),
            ]);
        });

        it("fails a drop monitor that says NO DATA only after more than an hour", async () => {
            assert.deepEqual(await dropOnly(DROP, { notifyNoData: true, noDataTimeframe: 120 }), [
                hollow("it notifies NO DATA only after noDataTimeframe 120 minutes without data, more than 60"),
            ]);
        });

        it("passes a drop monitor that notifies NO DATA, evaluates a stop as 0, or fills its gaps with zeros", async () => {
            assert.deepEqual(await dropOnly(DROP, { notifyNoData: true }), [], "the provider's noDataTimeframe, 10 minutes");
            assert.deepEqual(await dropOnly(DROP, { notifyNoData: true, noDataTimeframe: 30 }), []);
            assert.deepEqual(await dropOnly(DROP, { onMissingData: "show_and_notify_no_data" }), []);
            assert.deepEqual(await dropOnly(DROP, { onMissingData: "default" }), [], "a sum of .as_count() metrics: a stop is 0, which is < 10");
            assert.deepEqual(await dropOnly(`sum(last_15m):default_zero(${HITS}) < 10`), []);
        });

        describe("its NO DATA notification must name a handle its alert pages", () => {
            const PLAYBOOK = "\nPlaybook: https://git.example.com/shop/blob/main/docs/playbooks/traffic.md";
            const NOTIFYING = [{ notifyNoData: true }, { onMissingData: "show_and_notify_no_data" }];
            const pagesNoOne = "monitor 'shop-api-traffic' is tagged 'golden-signal:traffic' but is no traffic threshold monitor of component 'api': "
                + "it alerts when traffic falls (< 10) and notifies NO DATA when traffic stops, but @pagerduty-shop-api only appears inside "
                + "conditional blocks that a NO DATA notification leaves out (Datadog sends the text outside them and {{#is_no_data}} blocks), "
                + "so it tells no one it pages: name the handle outside conditional blocks or in an {{#is_no_data}} block";

            it("fails a drop monitor whose handle is only in {{#is_alert}}, {{#is_warning}} or {{^is_no_data}} blocks", async () => {
                for (const settings of NOTIFYING) {
                    for (const message of [
                        `Traffic fell {{#is_alert}}@pagerduty-shop-api{{/is_alert}}${PLAYBOOK}`,
                        `Traffic fell {{#is_alert}}@pagerduty-shop-api{{/is_alert}}{{#is_warning}}@pagerduty-shop-api{{/is_warning}}${PLAYBOOK}`,
                        `Traffic fell {{^is_no_data}}@pagerduty-shop-api{{/is_no_data}}{{#is_alert}}@pagerduty-shop-api{{/is_alert}}${PLAYBOOK}`,
                    ]) {
                        assert.deepEqual(await dropOnly(DROP, { ...settings, message }), [pagesNoOne], `${JSON.stringify(settings)}: ${message}`);
                    }
                }
            });

            it("fails one whose NO DATA block names another handle than its alert", async () => {
                const message = `Traffic fell {{#is_alert}}@pagerduty-shop-api{{/is_alert}}{{#is_no_data}}@pagerduty-shop-web{{/is_no_data}}${PLAYBOOK}`;
                assert.deepEqual(await dropOnly(DROP, { notifyNoData: true, message }), [pagesNoOne]);
            });

            it("passes a handle outside conditional blocks, or in an {{#is_no_data}} block too", async () => {
                for (const settings of NOTIFYING) {
                    assert.deepEqual(await dropOnly(DROP, { ...settings, message: `Traffic fell @pagerduty-shop-api${PLAYBOOK}` }), []);
                    const both = `Traffic fell {{#is_alert}}@pagerduty-shop-api{{/is_alert}}{{#is_no_data}}@pagerduty-shop-api stopped{{/is_no_data}}${PLAYBOOK}`;
                    assert.deepEqual(await dropOnly(DROP, { ...settings, message: both }), []);
                }
            });

            it("leaves a stop evaluated as an alert alone: the alert text is what is sent", async () => {
                const message = `Traffic fell {{#is_alert}}@pagerduty-shop-api{{/is_alert}}${PLAYBOOK}`;
                assert.deepEqual(await dropOnly(DROP, { onMissingData: "default", message }), []);
            });

            it("is undecided when the message is unknown in preview", async () => {
                assert.deepEqual(await dropOnly(DROP, { notifyNoData: true, message: UNKNOWN }), [
                    "[undecided] component 'api' has no threshold monitor for golden signal 'traffic' that can be judged: monitor 'shop-api-traffic' "
                    + "watches traffic for drops and notifies NO DATA, but its message is unknown in preview, so whom that notification reaches cannot be shown",
                ]);
            });
        });

        it("fails default_zero() around only part of the query, and a stop evaluated as 0 that the threshold never meets", async () => {
            const partly = `sum(last_15m):default_zero(${HITS}) + ${HITS.replace("hits", "request.hits")} < 10`;
            assert.deepEqual(await dropOnly(partly), [hollow(`${SILENT} (notifyNoData is not set, and Datadog's default is false; onMissingData is not set)`)]);
            const atZero = `sum(last_15m):${HITS} < 0`;
            assert.deepEqual(await dropOnly(atZero, { onMissingData: "default", notifyNoData: true }), [
                hollow("the monitor keeps its last known status (onMissingData 'default' evaluates a missing value as 0 only in a sum(...) of .as_count() metrics)", "< 0"),
            ]);
        });

        it("judges a spike-only traffic monitor as before, and passes a stack whose other traffic monitor counts", async () => {
            assert.deepEqual(await dropOnly(`sum(last_15m):${HITS} > 1000`), []);
            const beside: ResourceSpec = JSON.parse(JSON.stringify(compliantStack().find((r) => r.name === "shop-api-traffic")));
            beside.name = "shop-api-traffic-drop";
            setThresholdQuery(beside, DROP);
            delete beside.props.notifyNoData;
            assert.deepEqual(await messages(policy, [...compliantStack(), beside]), [], "the spike monitor counts; the drop one is not the only one");
        });

        it("names an untagged drop monitor as hollow", async () => {
            const stack = editing(compliantStack(), "shop-api-traffic", (r) => {
                setThresholdQuery(r, DROP);
                delete r.props.notifyNoData;
                r.props.tags = (r.props.tags as string[]).filter((t) => !t.startsWith("golden-signal:"));
            });
            assert.deepEqual(await messages(policy, stack), [
                hollow(`${SILENT} (notifyNoData is not set, and Datadog's default is false; onMissingData is not set)`).replace("is tagged 'golden-signal:traffic' but ", ""),
            ]);
        });

        it("is undecided when a setting for missing data is unknown in preview", async () => {
            assert.deepEqual(await dropOnly(DROP, { notifyNoData: UNKNOWN }), [
                "[undecided] component 'api' has no threshold monitor for golden signal 'traffic' that can be judged: monitor 'shop-api-traffic' watches traffic for drops and its notifyNoData is unknown in preview, so whether it tells anyone that traffic stopped (NO DATA) cannot be shown",
            ]);
            assert.deepEqual(await dropOnly(`sum(last_15m):default_zero(${HITS}) < 10`, { notifyNoData: UNKNOWN }), [], "its gaps are zeros whatever the setting");
        });
    });

    it("counts a monitor tagged with all four signals on an unrelated metric of every host as none", async () => {
        const stack = withOnly((r) => { setThresholdQuery(r, "avg(last_5m):avg:system.cpu.user{*} > 90"); });
        const why = `its query is not filtered to component 'api' (every metric filter must name ${SCOPE})`;
        assert.deepEqual(await messages(policy, stack), SIGNALS.map((s) =>
            `monitor 'shop-api-latency' is tagged 'golden-signal:${s}' but is no ${s} threshold monitor of component 'api': ${why}`));
    });

    it("counts a monitor tagged with all four signals as the one signal its query measures", async () => {
        const stack = withOnly((r) => { setThresholdQuery(r, "sum(last_5m):sum:trace.http.request.errors{service:shop-api,env:prod}.as_count() / sum:trace.http.request.hits{service:shop-api,env:prod}.as_count() > 0.01"); });
        assert.deepEqual(await messages(policy, stack), ["latency", "traffic", "saturation"].map((s) =>
            `monitor 'shop-api-latency' is tagged 'golden-signal:${s}' but is no ${s} threshold monitor of component 'api': its query measures errors, not ${s}`));
    });

    it("fails a monitor of the component on a metric of no golden signal", async () => {
        const stack = editing(compliantStack(), "shop-api-latency", (r) => { setThresholdQuery(r, "avg(last_5m):avg:shop.orders.basket_size{service:shop-api} > 9"); });
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-latency' is tagged 'golden-signal:latency' but is no latency threshold monitor of component 'api': its query measures no latency metric (lib/signals.ts lists each signal's metric families)",
        ]);
    });

    describe("does not count a monitor that reports trouble long after it starts, whatever its query", () => {
        const LATE = "monitor 'shop-api-latency' is tagged 'golden-signal:latency' but is no latency threshold monitor of component 'api': ";
        const UNDECIDED = "component 'api' has no threshold monitor for golden signal 'latency' that can be judged: ";
        const latency = (edit: (r: ResourceSpec) => void) => messages(policy, editing(compliantStack(), "shop-api-latency", edit));

        it("fails an evaluationDelay of more than an hour, and passes Azure's 15 minutes and an hour", async () => {
            assert.deepEqual(await latency((r) => { r.props.evaluationDelay = 86400; }), [
                `${LATE}it judges data evaluationDelay 86400 s old, more than 60 minutes: it reports trouble long after customers have it`,
            ]);
            assert.deepEqual(await latency((r) => { r.props.evaluationDelay = 900; }), []);
            assert.deepEqual(await latency((r) => { r.props.evaluationDelay = 3600; }), []);
            assert.deepEqual(await latency((r) => { r.props.evaluationDelay = UNKNOWN; }), [
                `[undecided] ${UNDECIDED}its evaluationDelay is unknown in preview, so how late it judges its data cannot be shown`,
            ]);
        });

        it("fails a custom schedule that evaluates less often than hourly, passes one that evaluates often enough, and is undecided on one it cannot read", async () => {
            const schedule = (rrule: unknown) => (r: ResourceSpec) => { r.props.schedulingOptions = { customSchedule: { recurrence: { rrule, timezone: "UTC" } } }; };
            assert.deepEqual(await latency(schedule("FREQ=DAILY;INTERVAL=1")), [
                `${LATE}it evaluates only on its custom schedule (rrule 'FREQ=DAILY;INTERVAL=1'), once every 1440 minutes at most, more than 60: trouble between two evaluations goes unreported`,
            ]);
            assert.deepEqual(await latency(schedule("FREQ=MINUTELY;INTERVAL=90")), [
                `${LATE}it evaluates only on its custom schedule (rrule 'FREQ=MINUTELY;INTERVAL=90'), once every 90 minutes at most, more than 60: trouble between two evaluations goes unreported`,
            ]);
            assert.deepEqual(await latency(schedule("FREQ=MINUTELY;INTERVAL=5")), []);
            assert.deepEqual(await latency(schedule("FREQ=HOURLY")), []);
            assert.deepEqual(await latency(schedule("FREQ=DAILY;BYHOUR=0,6,12,18")), [
                `[undecided] ${UNDECIDED}it evaluates only on its custom schedule, whose rrule 'FREQ=DAILY;BYHOUR=0,6,12,18' is not read here (FREQ and INTERVAL only), so how often it evaluates cannot be shown`,
            ]);
            assert.deepEqual(await latency(schedule(UNKNOWN)), [
                `[undecided] ${UNDECIDED}the rrule of its custom schedule is unknown in preview, so how often it evaluates cannot be shown`,
            ]);
            assert.deepEqual(await latency((r) => { r.props.schedulingOptions = { evaluationWindow: { hourStarts: 0 } }; }), []);
        });
    });

    it("does not count a draft monitor, which notifies no one; a published one counts", async () => {
        const draft = editing(compliantStack(), "shop-api-latency", (r) => { r.props.draftStatus = "draft"; });
        assert.deepEqual(await messages(policy, draft), [
            "monitor 'shop-api-latency' is tagged 'golden-signal:latency' but is no latency threshold monitor of component 'api': it is a draft (draftStatus 'draft'), for which Datadog sends no notification",
        ]);
        assert.deepEqual(await messages(policy, editing(compliantStack(), "shop-api-latency", (r) => { r.props.draftStatus = "published"; })), []);
    });

    it("does not scope a component by a non-serving resource tagged with it: a Redis cache's latency is not the api's", async () => {
        const cache: ResourceSpec = {
            type: "azure-native:cache:Redis", name: "shop-cache",
            props: { resourceGroupName: UNKNOWN, name: "shop-prod-cache", sku: { name: "Premium", family: "P", capacity: 1 }, tags: { product: "shop", component: "api", environment: "prod" } },
        };
        const stack = editing([...compliantStack(), cache], "shop-api-latency", (r) => {
            setThresholdQuery(r, "avg(last_5m):avg:azure.cache_redis.cache_latency{name:shop-prod-cache} > 0.5");
        });
        assert.deepEqual(await messages(policy, stack), [
            `monitor 'shop-api-latency' is tagged 'golden-signal:latency' but is no latency threshold monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name ${SCOPE})`,
        ]);
    });

    it("counts an untagged monitor by its query, and never a tagged one for another component's service", async () => {
        const untagged = editing(compliantStack(), "shop-api-traffic", (r) => { r.props.tags = ["team:shop"]; });
        assert.deepEqual(await messages(policy, untagged), []);
        const otherService = editing(compliantStack(), "shop-api-traffic", (r) => { setThresholdQuery(r, "sum(last_5m):sum:trace.http.request.hits{service:shop-ui}.as_count() < 10"); });
        assert.deepEqual(await messages(policy, otherService), [
            `monitor 'shop-api-traffic' is tagged 'golden-signal:traffic' but is no traffic threshold monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name ${SCOPE})`,
        ]);
    });

    it("matches filters as Datadog does, whatever case the program wrote", async () => {
        const stack = editing(compliantStack(), "shop-api-traffic", (r) => { setThresholdQuery(r, "sum(last_5m):sum:trace.http.request.hits{service:Shop-API}.as_count() < 10"); });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("passes Azure integration metrics filtered to the component's web app and to the plan it runs on", async () => {
        let stack = editing(withPlan(compliantStack()), "shop-api-latency", (r) => {
            setThresholdQuery(r, "avg(last_5m):avg:azure.app_services.response_time{resource_group:rg-shop-prod,name:shop-prod-api} > 0.5");
        });
        stack = editing(stack, "shop-api-saturation", (r) => {
            setThresholdQuery(r, "avg(last_10m):avg:azure.web_serverfarms.cpu_percentage{resource_group:rg-shop-prod,name:plan-shop-prod-api} > 90");
        });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("scopes to the compute a readiness:index:Monitoring block claims, and to the names of compute outside the program it was given", async () => {
        const block = (deps: Record<string, string[]>, outside: string[]): ResourceSpec => ({
            type: "readiness:index:Monitoring", name: "shop-api-block", custom: false,
            props: { component: "api", namesOutsideTheProgram: outside },
            outputs: { component: "api", namesOutsideTheProgram: outside }, propertyDependencies: deps,
        });
        // The web app untagged and on no plan of the stack: only the block relates it to 'api'.
        const detachedApp = (stack: ResourceSpec[]) => editing(stack, "shop-api-app", (r) => {
            delete (r.props.tags as Record<string, unknown>).component;
            r.props.name = "legacy-api";
            r.propertyDependencies = {};
        });
        const onLegacy = (stack: ResourceSpec[]) => editing(stack, "shop-api-latency", (r) => {
            setThresholdQuery(r, "avg(last_5m):avg:azure.app_services.response_time{name:legacy-api} > 0.5");
        });
        assert.deepEqual(await messages(policy, onLegacy(detachedApp([block({ webAppId: ["shop-api-app"] }, []), ...compliantStack()]))), []);
        assert.deepEqual(await messages(policy, onLegacy(without(compliantStack(), "shop-api-app").concat(block({}, ["legacy-api"])))), []);
        const unclaimed = await messages(policy, onLegacy(detachedApp([block({}, []), ...compliantStack()])));
        assert.equal(unclaimed.length, 1);
        assert.match(unclaimed[0], /monitor 'shop-api-latency' .* not filtered to component 'api'/);
    });

    it("fails an Azure metric filtered to a plan the component does not run on", async () => {
        const stack = editing(compliantStack(), "shop-api-saturation", (r) => {
            setThresholdQuery(r, "avg(last_10m):avg:azure.web_serverfarms.cpu_percentage{resource_group:rg-shop-prod,name:plan-shop-prod-api} > 90");
        });
        assert.deepEqual(await messages(policy, stack), [
            `monitor 'shop-api-saturation' is tagged 'golden-signal:saturation' but is no saturation threshold monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name ${SCOPE})`,
        ]);
    });

    it("is undecided when the query of the component's monitor is unknown in preview", async () => {
        const stack = editing(compliantStack(), "shop-api-latency", (r) => { r.props.query = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] component 'api' has no threshold monitor for golden signal 'latency' that can be judged: the query of monitor 'shop-api-latency' is unknown in preview",
        ]);
    });

    it("is not undecided because of another kind of monitor's unknown query (an SLO alert's)", async () => {
        const stack = editing(without(compliantStack(), "shop-api-latency"), "shop-api-availability-fast-burn", (r) => { r.props.query = UNKNOWN; });
        assert.deepEqual(await messages(policy, stack), [
            `component 'api' has no threshold monitor for golden signal 'latency' (${HOW}, whose query measures latency with metrics filtered to ${SCOPE})`,
        ]);
    });

    it("fails a stack with no component at all", async () => {
        assert.deepEqual(await messages(policy, []), [
            "no component found: tag Azure resources with 'component' (or Datadog resources with 'component:'), or use a readiness:index:ReadyService component",
        ]);
    });
});

describe("missing-golden-signal-monitors: a component on an Azure container app", () => {
    const CA_SCOPE = "service:shop-api or name:shop-prod-api";
    /** The container-app stack with the four threshold monitors' queries set to `queries` (by signal). */
    const withQueries = (queries: Record<string, string>): ResourceSpec[] => Object.entries(queries).reduce(
        (stack, [signal, query]) => editing(stack, `shop-api-${signal}`, (r) => { setThresholdQuery(r, `avg(last_5m):${query} ${TRIGGER[signal]}`); }), containerAppStack());

    it("passes the app's requests, 5xx requests over requests, CPU and APM p95 latency, scoped to it (no plan)", async () => {
        assert.deepEqual(await messages(policy, withQueries(CONTAINER_APP_QUERIES)), []);
    });

    it("passes the app's own memory and CPU cores as saturation", async () => {
        for (const metric of ["memory_percentage", "usage_nano_cores", "working_set_bytes"]) {
            const query = `avg:azure.app_containerapps.${metric}{resource_group:shop-prod,name:shop-prod-api}`;
            assert.deepEqual(await messages(policy, withQueries({ ...CONTAINER_APP_QUERIES, saturation: query })), [], metric);
        }
    });

    it("fails an errors monitor whose request filter is the client's 4xx, negated 5xx, or an OR of classes", async () => {
        const requests = (filter: string) => `sum:azure.app_containerapps.requests{resource_group:shop-prod,name:shop-prod-api${filter}}.as_count()`;
        for (const filter of [",statuscodecategory:4xx", ",!statuscodecategory:5xx"]) {
            const stack = withQueries({ ...CONTAINER_APP_QUERIES, errors: `${requests(filter)} / ${requests("")}` });
            assert.deepEqual(await messages(policy, stack), [
                "monitor 'shop-api-errors' is tagged 'golden-signal:errors' but is no errors threshold monitor of component 'api': its query measures traffic, not errors",
            ], filter);
        }
        const or = withQueries({ ...CONTAINER_APP_QUERIES, errors: `${requests(",statuscodecategory:5xx OR statuscodecategory:4xx")} / ${requests("")}` });
        assert.deepEqual(await messages(policy, or), [
            `monitor 'shop-api-errors' is tagged 'golden-signal:errors' but is no errors threshold monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name ${CA_SCOPE})`,
        ]);
    });

    it("scopes to a container app a readiness:index:Monitoring block claims by containerAppId, and to no unclaimed one", async () => {
        const untagged = editing(containerAppStack(), "shop-api-ca", (r) => { delete (r.props.tags as Record<string, unknown>).component; });
        const block = (deps: Record<string, string[]>): ResourceSpec => ({
            type: "readiness:index:Monitoring", name: "shop-api-block", custom: false,
            props: { component: "api", namesOutsideTheProgram: [] },
            outputs: { component: "api", namesOutsideTheProgram: [] }, propertyDependencies: deps,
        });
        const onApp = (stack: ResourceSpec[]) => editing(stack, "shop-api-saturation", (r) => {
            setThresholdQuery(r, `avg(last_5m):${CONTAINER_APP_QUERIES.saturation} > 90`);
        });
        assert.deepEqual(await messages(policy, onApp([block({ containerAppId: ["shop-api-ca"] }), ...untagged])), []);
        assert.deepEqual(await messages(policy, onApp([block({}), ...untagged])), [
            "monitor 'shop-api-saturation' is tagged 'golden-signal:saturation' but is no saturation threshold monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name service:shop-api)",
        ]);
    });
});

describe("missing-golden-signal-monitors: a component on a function app", () => {
    const FUNCTION_QUERIES: Record<string, string> = {
        latency: "avg:azure.functions.http_response_time{resource_group:shop-prod,name:shop-prod-api}",
        traffic: "sum:azure.functions.function_execution_count{resource_group:shop-prod,name:shop-prod-api}.as_count()",
        errors: "sum:azure.functions.http5xx{resource_group:shop-prod,name:shop-prod-api}.as_count() / sum:azure.functions.requests{resource_group:shop-prod,name:shop-prod-api}.as_count()",
        saturation: "avg:azure.web_serverfarms.cpu_percentage{resource_group:shop-prod,name:shop-prod-api-plan}",
    };
    const functionApp = (queries: Record<string, string>) => Object.entries(queries).reduce(
        (stack, [signal, query]) => editing(stack, `shop-api-${signal}`, (r) => { setThresholdQuery(r, `avg(last_5m):${query} ${TRIGGER[signal]}`); }),
        editing(compliantStack(), "shop-api-app", (r) => { r.props.kind = "functionapp,linux"; }));

    it("passes azure.functions metrics on the app and the CPU of the plan it runs on", async () => {
        assert.deepEqual(await messages(policy, functionApp(FUNCTION_QUERIES)), []);
    });

    it("fails a function app's 2xx count as its errors", async () => {
        const stack = functionApp({ ...FUNCTION_QUERIES, errors: "sum:azure.functions.http2xx{resource_group:shop-prod,name:shop-prod-api}.as_count()" });
        assert.deepEqual(await messages(policy, stack), [
            "monitor 'shop-api-errors' is tagged 'golden-signal:errors' but is no errors threshold monitor of component 'api': its query measures no errors metric (lib/signals.ts lists each signal's metric families)",
        ]);
    });
});

describe("missing-golden-signal-monitors: a function app on a plan the platform scales", () => {
    const PLAN_CPU = "avg:azure.web_serverfarms.cpu_percentage{resource_group:shop-prod,name:shop-prod-api-plan}";
    const APP_MEMORY = "avg:azure.functions.memory_working_set{resource_group:shop-prod,name:shop-prod-api} / 2147483648 * 100";
    const saturation = (stack: ResourceSpec[], query: string) => editing(stack, "shop-api-saturation", (r) => setThresholdQuery(r, `avg(last_10m):${query} > 80`));
    const hollow = (sku: string, label: string) => `monitor 'shop-api-saturation' is tagged 'golden-signal:saturation' but is no saturation threshold monitor of component 'api': `
        + `its query watches App Service plan 'shop-api-plan' (${sku}, ${label}), which reports no plan metrics, so the monitor never gets data: `
        + "watch the function app's own memory instead (azure.functions.memory_working_set filtered to the app's resource_group and name, e.g. as a percentage of its instance memory)";

    it("fails the CPU of a Flex Consumption or Consumption plan as the saturation signal: no plan metrics reach Datadog", async () => {
        assert.deepEqual(await messages(policy, saturation(functionAppStack("flexConsumption"), PLAN_CPU)), [hollow("Flex Consumption", "FC1")]);
        assert.deepEqual(await messages(policy, saturation(functionAppStack("consumption"), PLAN_CPU)), [hollow("Consumption", "Y1")]);
        // Any metric of the plan, read by the plan's tier when its sku name is not stated.
        const byTier = editing(functionAppStack("flexConsumption"), "shop-api-plan", (r) => { r.props.sku = { tier: "FlexConsumption" }; });
        assert.deepEqual(await messages(policy, saturation(byTier, PLAN_CPU.replace("cpu_percentage", "memory_percentage"))), [hollow("Flex Consumption", "tier FlexConsumption")]);
    });

    it("passes the CPU of an Elastic Premium plan, whose instances report plan metrics", async () => {
        assert.deepEqual(await messages(policy, saturation(functionAppStack("elasticPremium"), PLAN_CPU)), []);
    });

    it("passes the function app's own memory on every plan the platform scales", async () => {
        for (const sku of ["flexConsumption", "consumption", "elasticPremium"] as const) {
            assert.deepEqual(await messages(policy, saturation(functionAppStack(sku), APP_MEMORY)), [], sku);
        }
    });

    it("fails the app's memory filtered to another app", async () => {
        const other = APP_MEMORY.replace("name:shop-prod-api}", "name:shop-prod-other}");
        assert.deepEqual(await messages(policy, saturation(functionAppStack("flexConsumption"), other)), [
            "monitor 'shop-api-saturation' is tagged 'golden-signal:saturation' but is no saturation threshold monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name service:shop-api or name:shop-prod-api or name:shop-prod-api-plan)",
        ]);
    });

    it("names an untagged monitor on the plan's CPU as hollow", async () => {
        const untagged = editing(saturation(functionAppStack("flexConsumption"), PLAN_CPU), "shop-api-saturation", (r) => {
            r.props.tags = (r.props.tags as string[]).filter((t) => !t.startsWith("golden-signal:"));
        });
        assert.deepEqual(await messages(policy, untagged), [
            hollow("Flex Consumption", "FC1").replace("is tagged 'golden-signal:saturation' but ", ""),
        ]);
    });

    it("is undecided when the plan's sku is unknown in preview, and passes the app's memory whatever the sku", async () => {
        const unknownSku = editing(functionAppStack("flexConsumption"), "shop-api-plan", (r) => { r.props.sku = UNKNOWN; });
        assert.deepEqual(await messages(policy, saturation(unknownSku, PLAN_CPU)), [
            "[undecided] component 'api' has no threshold monitor for golden signal 'saturation' that can be judged: the query of monitor 'shop-api-saturation' watches App Service plan 'shop-api-plan', whose sku is unknown in preview (a Consumption or Flex Consumption plan reports no plan metrics)",
        ]);
        assert.deepEqual(await messages(policy, saturation(unknownSku, APP_MEMORY)), []);
    });
});
