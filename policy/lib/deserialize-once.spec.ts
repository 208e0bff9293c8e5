import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALL_POLICIES } from "../policies/all";
import { deserializeOnce, sharing } from "./deserialize-once";
import { compliantStack } from "./fixtures";
import { urnOf } from "./testing";
import { plain, UNKNOWN } from "./values";

/* eslint-disable @typescript-eslint/no-require-imports */
const upstream = require("@pulumi/policy/deserialize");
const server = require("@pulumi/policy/server");
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const structpb = require("google-protobuf/google/protobuf/struct_pb");
const proxy = require("@pulumi/policy/proxy");
const policyVersion: string = require("@pulumi/policy/package.json").version;
/* eslint-enable @typescript-eslint/no-require-imports */

/** What an upgrade of @pulumi/policy broke, and what to do: the failure message of a seam spec. */
function seamBroken(seam: string, file: string): string {
    return `@pulumi/policy ${policyVersion} changed a private seam this pack relies on (${seam}): `
        + `check ${file} against the new version (or remove it) before upgrading`;
}

type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;

/** The compliant stack as the engine sends it in AnalyzeStack. */
function analyzeStackRequest(): unknown {
    const request = new pb.AnalyzeStackRequest();
    request.setResourcesList(compliantStack().map((spec) => {
        const r = new pb.AnalyzerResource();
        r.setType(spec.type);
        r.setName(spec.name);
        r.setUrn(urnOf(spec.type, spec.name));
        r.setProperties(structpb.Struct.fromJavaScript(spec.props));
        r.setOptions(new pb.AnalyzerResourceOptions());
        return r;
    }));
    return request;
}

/** Runs @pulumi/policy's own AnalyzeStack handler over `request` with `deserialize` installed. */
async function analyzeStackWith(deserialize: Deserialize, request: unknown): Promise<string[]> {
    const original = upstream.deserializeProperties;
    upstream.deserializeProperties = deserialize;
    try {
        const handler = server.makeAnalyzeStackRpcFun("readyservice-prr", "1.0.0", "mandatory", ALL_POLICIES);
        const response = await new Promise<{ getDiagnosticsList(): { getPolicyname(): string; getMessage(): string; getUrn(): string }[] }>(
            (resolve, reject) => handler({ request }, (err: Error | undefined, res: never) => (err ? reject(err) : resolve(res))));
        return response.getDiagnosticsList().map((d) => `${d.getPolicyname()} ${d.getUrn()} ${d.getMessage()}`);
    } finally {
        upstream.deserializeProperties = original;
    }
}

/** The unwrapped upstream function, counting its calls. */
function counting(): { deserialize: Deserialize; calls: () => number } {
    let calls = 0;
    const plain = upstream.deserializeProperties as Deserialize;
    return {
        deserialize: (struct, proxySecrets) => {
            calls++;
            return plain(struct, proxySecrets);
        },
        calls: () => calls,
    };
}

describe("deserialising each resource once per request", () => {
    it("AnalyzeStack deserialises every resource once, not once per policy, and reports the same", async () => {
        const resources = compliantStack().length;
        const perPolicy = counting();
        const unshared = await analyzeStackWith(perPolicy.deserialize, analyzeStackRequest());
        // The seam: the server looks deserializeProperties up on the module's exports at every call.
        // Bound at import instead, the wrapper would be silently ignored; this fails loudly.
        assert.equal(perPolicy.calls(), resources * ALL_POLICIES.length,
            seamBroken("AnalyzeStack calls require(\"@pulumi/policy/deserialize\").deserializeProperties through the module's exports,"
                + " once per resource and stack policy", "lib/deserialize-once.ts"));

        const once = counting();
        const shared = await analyzeStackWith(sharing(once.deserialize), analyzeStackRequest());
        assert.equal(once.calls(), resources);
        assert.ok(unshared.length > 0);
        assert.deepEqual(shared, unshared);
    });

    it("shares the read-only form per Struct and leaves the secret-preserving form alone", () => {
        const seen: [object, boolean][] = [];
        const shared = sharing((struct, proxySecrets) => {
            seen.push([struct, proxySecrets]);
            return { n: seen.length };
        });
        const a = structpb.Struct.fromJavaScript({ x: 1 });
        const b = structpb.Struct.fromJavaScript({ x: 1 });
        assert.equal(shared(a, false), shared(a, false));
        assert.notEqual(shared(b, false), shared(a, false));
        assert.notEqual(shared(a, true), shared(a, true));
        assert.deepEqual(seen.map(([s, p]) => [s === a ? "a" : "b", p]), [["a", false], ["b", false], ["a", true], ["a", true]]);
    });

    it("installs itself on @pulumi/policy once, however often it is called", () => {
        const original = upstream.deserializeProperties;
        try {
            deserializeOnce();
            const installed = upstream.deserializeProperties;
            assert.notEqual(installed, original);
            deserializeOnce();
            assert.equal(upstream.deserializeProperties, installed);
        } finally {
            upstream.deserializeProperties = original;
        }
    });
});

describe("the private @pulumi/policy seams the pack reads", () => {
    it("deserializeProperties is an export of @pulumi/policy/deserialize taking (struct, proxySecrets)", () => {
        assert.equal(typeof upstream.deserializeProperties, "function", seamBroken("deserializeProperties export", "lib/deserialize-once.ts"));
        assert.equal(upstream.deserializeProperties.length, 2, seamBroken("deserializeProperties(struct, proxySecrets)", "lib/deserialize-once.ts"));
    });

    it("the unknown-checking proxy hands its raw target to the private __getSpecialProxyTarget read", () => {
        // lib/values.ts's plain() reads this private property so policies see unknowns as sentinels instead of throwing.
        assert.equal(proxy.getSpecialProxyTarget, "__getSpecialProxyTarget",
            seamBroken("the proxy's getSpecialProxyTarget property name", "lib/values.ts (PROXY_TARGET)"));
        const raw = { encryption: { keySource: UNKNOWN }, enabled: true };
        const props = proxy.unknownCheckingProxy(raw);
        assert.throws(() => props.encryption.keySource, seamBroken("reading an unknown through the proxy throws", "lib/values.ts"));
        assert.equal(plain(props), raw, seamBroken("__getSpecialProxyTarget returns the proxied object", "lib/values.ts (plain)"));
    });
});
