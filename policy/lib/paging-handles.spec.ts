import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alertText, handlesIn as pagerDutyHandles, noDataText } from "./paging";

describe("paging: handles in a message text", () => {
    it("lists each @pagerduty- handle once", () => {
        assert.deepEqual(pagerDutyHandles("a @pagerduty-shop-api b @pagerduty-shop_ui.x @pagerduty-shop-api @team-x"), ["shop-api", "shop_ui.x"]);
        assert.deepEqual(pagerDutyHandles("no handle @slack-ops"), []);
    });

    it("keeps what Datadog sends in ALERT: text outside conditions and is_alert blocks", () => {
        // The component's business-hours message: PagerDuty only on WARN, the team on ALERT.
        const businessHours = "x\n{{#is_warning}}@pagerduty-a{{/is_warning}}\n{{#is_warning_recovery}}@pagerduty-a{{/is_warning_recovery}}\n{{#is_alert}}@team-t{{/is_alert}}";
        assert.deepEqual(pagerDutyHandles(alertText(businessHours)), []);
        assert.match(alertText(businessHours), /@team-t/);
        assert.deepEqual(pagerDutyHandles(alertText("page\n@pagerduty-a")), ["a"]);
        assert.deepEqual(pagerDutyHandles(alertText("{{^is_alert}}@pagerduty-a{{/is_alert}}")), []);
    });

    it("keeps what Datadog sends on NO DATA: text outside conditions and is_no_data blocks", () => {
        const message = "x @pagerduty-out\n{{#is_alert}}@pagerduty-a{{/is_alert}}{{#is_no_data}}@pagerduty-n{{/is_no_data}}{{^is_no_data}}@pagerduty-i{{/is_no_data}}";
        assert.deepEqual(pagerDutyHandles(noDataText(message)), ["out", "n"]);
        assert.deepEqual(pagerDutyHandles(alertText(message)), ["out", "a"]);
        assert.deepEqual(pagerDutyHandles(noDataText("{{#is_alert}}@pagerduty-a{{/is_alert}}{{#is_warning}}@pagerduty-a{{/is_warning}}")), []);
    });
});
