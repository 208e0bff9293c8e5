import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, without } from "../lib/testing";
import { missingServiceCatalogEntry as policy, readCatalogEntry } from "./missing-service-catalog-entry";

const CATALOG = "shop-api-catalog";

describe("missing-service-catalog-entry", () => {
    it("passes a YAML entry with doc and runbook links", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("passes a JSON entry", async () => {
        const stack = editing(compliantStack(), CATALOG, (r) => {
            r.props.serviceDefinition = JSON.stringify({ "dd-service": "shop-api", links: [{ type: "doc", url: "https://docs.example.com/shop" }, { type: "runbook", url: "https://runbooks.example.com/shop" }] });
        });
        assert.deepEqual(await messages(policy, stack), []);
    });

    it("fails without a runbook link", async () => {
        const stack = editing(compliantStack(), CATALOG, (r) => { r.props.serviceDefinition = String(r.props.serviceDefinition).replace("type: runbook", "type: other"); });
        assert.deepEqual(await messages(policy, stack), ["service-catalog entry 'shop-api' has no link of type 'runbook'"]);
    });

    it("fails doc and runbook links that link nothing: no url, or a placeholder", async () => {
        const json = editing(compliantStack(), CATALOG, (r) => {
            r.props.serviceDefinition = JSON.stringify({ "dd-service": "shop-api", links: [{ type: "doc" }, { type: "runbook", url: "TBD" }] });
        });
        assert.deepEqual(await messages(policy, json), [
            "service-catalog entry 'shop-api' has no link of type 'doc' with an http(s) url (its url is missing)",
            "service-catalog entry 'shop-api' has no link of type 'runbook' with an http(s) url (its url is 'TBD')",
        ]);
        const yaml = editing(compliantStack(), CATALOG, (r) => { r.props.serviceDefinition = String(r.props.serviceDefinition).replace("url: https://runbooks.example.com/shop/api", "url: TODO"); });
        assert.deepEqual(await messages(policy, yaml), ["service-catalog entry 'shop-api' has no link of type 'runbook' with an http(s) url (its url is 'TODO')"]);
    });

    it("reads link types only from the links list, never from contacts or integrations", async () => {
        const stack = editing(compliantStack(), CATALOG, (r) => {
            r.props.serviceDefinition = "schema-version: v2.2\ndd-service: shop-api\ncontacts:\n  - type: doc\n    contact: https://docs.example.com\n  - type: runbook\n    contact: https://runbooks.example.com\n";
        });
        assert.deepEqual(await messages(policy, stack), [
            "service-catalog entry 'shop-api' has no link of type 'doc'",
            "service-catalog entry 'shop-api' has no link of type 'runbook'",
        ]);
    });

    it("fails an entry for another service", async () => {
        const stack = editing(compliantStack(), CATALOG, (r) => { r.props.serviceDefinition = String(r.props.serviceDefinition).replace("dd-service: shop-api", "dd-service: shop"); });
        assert.deepEqual(await messages(policy, stack), [
            "component 'api' has no service-catalog entry with dd-service 'shop-api' (datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml)",
        ]);
    });

    it("fails without an entry", async () => {
        assert.deepEqual(await messages(policy, without(compliantStack(), CATALOG)), [
            "component 'api' has no service-catalog entry with dd-service 'shop-api' (datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml)",
        ]);
    });

    it("reads quoted YAML scalars", () => {
        assert.deepEqual(readCatalogEntry("dd-service: \"shop-ui\"\nlinks:\n  - type: 'doc'\n    url: \"https://docs.example.com\"\n"), { service: "shop-ui", links: [{ type: "doc", url: "https://docs.example.com" }] });
    });
});
