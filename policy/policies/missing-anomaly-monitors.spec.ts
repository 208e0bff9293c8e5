import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack, CONTAINER_APP_QUERIES, containerAppStack, functionAppStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, without } from "../lib/testing";
import { missingAnomalyMonitors as policy } from "./missing-anomaly-monitors";

const HOW = "a datadog:index/monitor:Monitor of type 'query alert' whose query applies anomalies() to the signal's metric";
const SCOPE = "service:shop-api or name:shop-prod-api or name:shop-prod-api-plan";

describe("missing-anomaly-monitors", () => {
    it("passes a stack with anomaly monitors for all four signals", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a component without a saturation anomaly monitor", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), "shop-api-saturation-anomaly")), [
            `component 'api' has no anomaly monitor for golden signal 'saturation' (${HOW}, whose query measures saturation with metrics filtered to ${SCOPE})`,
        ]);
    });

    it("fails when the anomaly monitor's query is a plain threshold", async () => {
        const stack = editing(compliantStack(), "shop-api-traffic-anomaly", (r) => { r.props.query = "sum(last_5m):sum:trace.http.request.hits{service:shop-api}.as_count() > 1"; });
        assert.deepEqual(await messages(policy, stack), [
            `monitor 'shop-api-traffic-anomaly' is tagged 'golden-signal:traffic' but is no traffic anomaly monitor of component 'api': its type or query does not make it one (${HOW})`,
        ]);
    });

    it("fails a monitor that is no anomaly monitor but mentions anomalies( in its text", async () => {
        const stack = editing(compliantStack(), "shop-api-errors-anomaly", (r) => {
            r.props.type = "log alert";
            r.props.query = "logs(\"service:shop-api status:error\").index(\"*\").rollup(\"count\").last(\"5m\") > 10";
            r.props.name = "shop-api errors anomalies(errors)";
            r.props.message = `watches anomalies(sum:trace.http.request.errors{service:shop-api}) ${String(r.props.message)}`;
        });
        assert.deepEqual(await messages(policy, stack), [
            `monitor 'shop-api-errors-anomaly' is tagged 'golden-signal:errors' but is no errors anomaly monitor of component 'api': its type or query does not make it one (${HOW})`,
        ]);
    });

    it("fails an anomaly monitor on an unrelated metric of every host, and one on another signal's metric", async () => {
        let stack = editing(compliantStack(), "shop-api-latency-anomaly", (r) => { r.props.query = "avg(last_4h):anomalies(avg:system.cpu.user{*}, 'basic', 2) >= 1"; });
        stack = editing(stack, "shop-api-traffic-anomaly", (r) => { r.props.query = "avg(last_4h):anomalies(sum:trace.http.request.errors{service:shop-api}.as_count(), 'basic', 2) >= 1"; });
        assert.deepEqual(await messages(policy, stack), [
            `monitor 'shop-api-latency-anomaly' is tagged 'golden-signal:latency' but is no latency anomaly monitor of component 'api': its query is not filtered to component 'api' (every metric filter must name ${SCOPE})`,
            "monitor 'shop-api-traffic-anomaly' is tagged 'golden-signal:traffic' but is no traffic anomaly monitor of component 'api': its query measures errors, not traffic",
        ]);
    });

    describe("an anomaly monitor that can never trigger does not count", () => {
        const LATENCY = "avg(last_4h):anomalies(avg:trace.http.request.duration{service:shop-api,env:prod}, 'agile', 2";
        const judged = (query: string, critical: string) => messages(policy, editing(compliantStack(), "shop-api-latency-anomaly", (r) => {
            r.props.query = query;
            r.props.monitorThresholds = { critical };
        }));
        const monitor = "anomaly monitor 'shop-api-latency-anomaly' for golden signal 'latency' of component 'api'";

        it("fails a share of anomalous points it never reaches, and a critical other than the query's", async () => {
            assert.deepEqual(await judged(`${LATENCY}) > 1`, "1"), [`${monitor} can never trigger: it alerts when the share of anomalous points is > 1, and that share is at most 1`]);
            assert.deepEqual(await judged(`${LATENCY}) >= 1`, "5"), [`${monitor} compares its query with 1 but its monitorThresholds.critical is 5 (Datadog alerts at the query's threshold and refuses a different critical)`]);
        });

        it("fails latency watched only for drops", async () => {
            assert.deepEqual(await judged(`${LATENCY}, direction='below') >= 1`, "1"), [
                `${monitor} watches only drops (direction='below'), but latency is in trouble when it rises: use direction 'above' or 'both'`,
            ]);
        });

        it("passes latency watched above, and traffic watched for drops", async () => {
            assert.deepEqual(await judged(`${LATENCY}, direction='above') >= 1`, "1"), []);
            const traffic = editing(compliantStack(), "shop-api-traffic-anomaly", (r) => {
                r.props.query = "avg(last_4h):anomalies(sum:trace.http.request.hits{service:shop-api,env:prod}.as_count(), 'agile', 2, direction='below', count_default_zero='true') >= 0.5";
                r.props.monitorThresholds = { critical: "0.5" };
            });
            assert.deepEqual(await messages(policy, traffic), []);
        });
    });

    describe("a traffic anomaly monitor that watches drops must see traffic stop (lib/no-data.ts)", () => {
        const HITS = "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()";
        const FIX = "set notifyNoData true (noDataTimeframe at most 60 minutes) or onMissingData 'show_and_notify_no_data', "
            + "use onMissingData 'default' in a sum(...) of .as_count() metrics (a stop then counts as 0), or fill the gaps with zeros "
            + "(default_zero() around every metric of the query; in anomalies(), count_default_zero='true' over .as_count() metrics)";
        const hollow = (direction: string, what: string) => "monitor 'shop-api-traffic-anomaly' is tagged 'golden-signal:traffic' but is no traffic anomaly monitor of component 'api': "
            + `it watches traffic for drops (anomalies with direction '${direction}'), but when traffic stops entirely Datadog gets no points and ${what}: ${FIX}`;
        const SILENT = "the monitor shows NO DATA and notifies no one (notifyNoData is not set, and Datadog's default is false; onMissingData is not set)";
        const judged = (args: string, settings: Record<string, unknown> = {}) => messages(policy, editing(compliantStack(), "shop-api-traffic-anomaly", (r) => {
            r.props.query = `avg(last_4h):anomalies(${args}) >= 1`;
            Object.assign(r.props, settings);
        }));

        it("fails anomalies watched both ways (the default) or below whose stop is no data", async () => {
            assert.deepEqual(await judged(`${HITS}, 'agile', 2`), [hollow("both", SILENT)]);
            assert.deepEqual(await judged(`${HITS}, 'agile', 2, direction='below', count_default_zero='false'`), [hollow("below", SILENT)]);
        });

        it("fails count_default_zero over a metric not queried as a count: a gauge's missing point is no zero", async () => {
            const gauge = "avg:azure.app_services.requests{name:shop-prod-api}";
            assert.deepEqual(await judged(`${gauge}, 'agile', 2, count_default_zero='true'`), [hollow("both", SILENT)]);
        });

        it("fails a NO DATA notification that waits for an alert window of more than an hour", async () => {
            assert.deepEqual(await judged(`${HITS}, 'agile', 2, alert_window='last_2h'`, { onMissingData: "show_and_notify_no_data" }), [
                hollow("both", "it notifies NO DATA (onMissingData 'show_and_notify_no_data') only after its 120-minute window, more than 60"),
            ]);
        });

        it("passes a count filled with zeros, a NO DATA notification, and anomalies watched only above", async () => {
            assert.deepEqual(await judged(`${HITS}, 'agile', 2, count_default_zero='true'`), []);
            assert.deepEqual(await judged(`${HITS}, 'agile', 2`, { notifyNoData: true, noDataTimeframe: 30 }), []);
            assert.deepEqual(await judged(`${HITS}, 'agile', 2, alert_window='last_15m'`, { onMissingData: "show_and_notify_no_data" }), []);
            assert.deepEqual(await judged(`${HITS}, 'agile', 2, direction='above'`), [], "a spike-only monitor is judged as before");
        });
    });

    it("fails an anomaly monitor whose alert window is more than an hour, read from the query or its trigger window", async () => {
        const anomaly = (edit: (r: ResourceSpec) => void) => messages(policy, editing(compliantStack(), "shop-api-errors-anomaly", edit));
        const LATE = "anomaly monitor 'shop-api-errors-anomaly' for golden signal 'errors' of component 'api' judges anomalies over an alert window of ";
        const query = (window: string) => (r: ResourceSpec) => { r.props.query = String(r.props.query).replace("'agile', 2", `'agile', 2, alert_window='${window}'`); };
        assert.deepEqual(await anomaly(query("last_1d")), [`${LATE}1440 minutes, more than 60: it reports trouble long after customers have it`]);
        assert.deepEqual(await anomaly(query("last_15m")), []);
        assert.deepEqual(await anomaly((r) => { r.props.monitorThresholdWindows = { triggerWindow: "last_2h", recoveryWindow: "last_2h" }; }), [
            `${LATE}120 minutes, more than 60: it reports trouble long after customers have it`,
        ]);
        assert.deepEqual(await anomaly((r) => { r.props.monitorThresholdWindows = { triggerWindow: "last_15m", recoveryWindow: "last_15m" }; }), []);
        // The query's own window (avg(last_4h):) only sets the history its graphs show.
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("does not count an anomaly monitor whose evaluationDelay is more than an hour", async () => {
        const late = editing(compliantStack(), "shop-api-errors-anomaly", (r) => { r.props.evaluationDelay = 7200; });
        assert.deepEqual(await messages(policy, late), [
            "monitor 'shop-api-errors-anomaly' is tagged 'golden-signal:errors' but is no errors anomaly monitor of component 'api': it judges data evaluationDelay 7200 s old, more than 60 minutes: it reports trouble long after customers have it",
        ]);
    });

    it("does not count a draft anomaly monitor, which notifies no one", async () => {
        const draft = editing(compliantStack(), "shop-api-errors-anomaly", (r) => { r.props.draftStatus = "draft"; });
        assert.deepEqual(await messages(policy, draft), [
            "monitor 'shop-api-errors-anomaly' is tagged 'golden-signal:errors' but is no errors anomaly monitor of component 'api': it is a draft (draftStatus 'draft'), for which Datadog sends no notification",
        ]);
    });
});

describe("missing-anomaly-monitors: a component on an Azure container app", () => {
    const anomalyOf = (query: string) => `avg(last_4h):anomalies(${query}, 'agile', 2) >= 1`;
    const withErrors = (query: string) => editing(containerAppStack(), "shop-api-errors-anomaly", (r) => { r.props.query = anomalyOf(query); });

    it("passes an anomaly monitor on the app's 5xx requests over its requests", async () => {
        assert.deepEqual(await messages(policy, withErrors(CONTAINER_APP_QUERIES.errors)), []);
    });

    it("fails one on its requests without server errors (a negated 5xx filter), which is traffic", async () => {
        const good = CONTAINER_APP_QUERIES.errors.replace("statuscodecategory:5xx", "!statuscodecategory:5xx");
        assert.deepEqual(await messages(policy, withErrors(good)), [
            "monitor 'shop-api-errors-anomaly' is tagged 'golden-signal:errors' but is no errors anomaly monitor of component 'api': its query measures traffic, not errors",
        ]);
    });
});

describe("missing-anomaly-monitors: a function app on a plan the platform scales", () => {
    const anomaly = (sku: "flexConsumption" | "elasticPremium", query: string) => editing(functionAppStack(sku), "shop-api-saturation-anomaly", (r) => {
        r.props.query = `avg(last_4h):anomalies(${query}, 'agile', 2) >= 1`;
    });
    const PLAN_CPU = "avg:azure.web_serverfarms.cpu_percentage{resource_group:shop-prod,name:shop-prod-api-plan}";

    it("fails anomalies of a Flex Consumption plan's CPU, which never gets data, and passes the app's memory", async () => {
        assert.deepEqual(await messages(policy, anomaly("flexConsumption", PLAN_CPU)), [
            "monitor 'shop-api-saturation-anomaly' is tagged 'golden-signal:saturation' but is no saturation anomaly monitor of component 'api': "
            + "its query watches App Service plan 'shop-api-plan' (Flex Consumption, FC1), which reports no plan metrics, so the monitor never gets data: "
            + "watch the function app's own memory instead (azure.functions.memory_working_set filtered to the app's resource_group and name, e.g. as a percentage of its instance memory)",
        ]);
        assert.deepEqual(await messages(policy, anomaly("flexConsumption", "avg:azure.functions.memory_working_set{resource_group:shop-prod,name:shop-prod-api}")), []);
    });

    it("passes anomalies of an Elastic Premium plan's CPU", async () => {
        assert.deepEqual(await messages(policy, anomaly("elasticPremium", PLAN_CPU)), []);
    });
});
