import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { COMPONENTS_TRAILER, judgementOf, judgeComponents, judgingHandlers } from "./component-judgement";
import { deserializeOnce } from "./deserialize-once";

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const structpb = require("google-protobuf/google/protobuf/struct_pb");
const grpc = require("@grpc/grpc-js");
/* eslint-enable @typescript-eslint/no-require-imports */

deserializeOnce();

const PROVIDER = "urn:pulumi:qa::shop::pulumi:providers:azure-native::default_2_10_0";

/** A web app of component `component` tagged `criticality: internal`, with `props` besides. */
function webApp(name: string, component: string, props: Record<string, unknown>): unknown {
    const r = new pb.AnalyzerResource();
    r.setType("azure-native:web:WebApp");
    r.setName(name);
    r.setUrn(`urn:pulumi:qa::shop::azure-native:web:WebApp::${name}`);
    r.setProperties(structpb.Struct.fromJavaScript({ ...props, tags: { component, criticality: "internal" } }));
    r.setOptions(new pb.AnalyzerResourceOptions());
    const provider = new pb.AnalyzerProviderResource();
    provider.setUrn(PROVIDER);
    provider.setType("pulumi:providers:azure-native");
    provider.setName("default_2_10_0");
    r.setProvider(provider);
    return r;
}

function request(...resources: unknown[]): unknown {
    const r = new pb.AnalyzeStackRequest();
    r.setResourcesList(resources);
    return r;
}

const PUBLIC = webApp("shop-web", "web", { publicNetworkAccess: "Enabled" });
const PRIVATE = webApp("shop-batch", "batch", { publicNetworkAccess: "Disabled" });

describe("the pack's judgement of the components", () => {
    it("judges a component the internet reaches customer-facing, whatever its tag says, and says what reaches it", () => {
        assert.deepEqual(judgeComponents(request(PUBLIC, PRIVATE)), [
            { name: "batch", customerFacing: false },
            { name: "web", customerFacing: true, exposure: { undecided: false,
                why: "web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)" } },
        ]);
    });

    it("keeps internal what is tagged internal and closed to the internet", () => {
        assert.deepEqual(judgeComponents(request(PRIVATE)), [{ name: "batch", customerFacing: false }]);
    });

    it("adds the judgement to every AnalyzeStack answer's trailer, keeping the answer and the trailer's other keys", async () => {
        const handlers = judgingHandlers({
            analyzeStack: (_call, callback) => {
                const trailer = new grpc.Metadata();
                trailer.set("other", "kept");
                callback(null, "answer", trailer);
            },
        });
        const result = await new Promise<{ err: unknown; response: unknown; trailer: { get(key: string): unknown[] } }>((resolve) =>
            handlers.analyzeStack({ request: request(PUBLIC) }, (err, response, trailer) => resolve({ err, response, trailer })));
        assert.equal(result.err, null);
        assert.equal(result.response, "answer");
        assert.deepEqual(result.trailer.get("other"), ["kept"]);
        assert.deepEqual(judgementOf(result.trailer), [{ name: "web", customerFacing: true, exposure: { undecided: false,
            why: "web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)" } }]);
        assert.ok(Buffer.isBuffer(result.trailer.get(COMPONENTS_TRAILER)[0]));
    });

    it("passes a failed AnalyzeStack through with no judgement, and leaves the other calls alone", async () => {
        const configureStack = () => undefined;
        const handlers = judgingHandlers({
            analyzeStack: (_call, callback) => callback({ code: 13, details: "boom" }),
            configureStack,
        });
        assert.equal(handlers.configureStack, configureStack);
        const result = await new Promise<{ err: unknown; trailer: unknown }>((resolve) =>
            handlers.analyzeStack({ request: request(PUBLIC) }, (err, _response, trailer) => resolve({ err, trailer })));
        assert.deepEqual(result, { err: { code: 13, details: "boom" }, trailer: undefined });
    });

    it("reads no judgement from a trailer without one", () => {
        assert.equal(judgementOf(new grpc.Metadata()), undefined);
        assert.equal(judgementOf(undefined), undefined);
    });
});
