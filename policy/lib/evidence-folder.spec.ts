import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { COMPONENTS_TRAILER } from "./component-judgement";
import { EVIDENCE_FORMAT, EvidenceRecorder, recordingHandlers, withoutSecrets } from "./evidence-folder";
import { Manifest } from "./manifest";

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const structpb = require("google-protobuf/google/protobuf/struct_pb");
const grpc = require("@grpc/grpc-js");
/* eslint-enable @typescript-eslint/no-require-imports */

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
const MANIFEST: Manifest = { pack: "readyservice-prr", version: "1.0.0", environments: { configKey: "readyservice:environment", stackNames: {}, strictest: "prod" }, policies: [] };
const URN = "urn:pulumi:qa::shop::azure-native:storage:StorageAccount::data";
const PROVIDER = "urn:pulumi:qa::shop::pulumi:providers:azure-native::default_2_10_0";

function resource(): unknown {
    const r = new pb.AnalyzerResource();
    r.setType("azure-native:storage:StorageAccount");
    r.setName("data");
    r.setUrn(URN);
    r.setParent("urn:pulumi:qa::shop::pulumi:pulumi:Stack::shop-qa");
    r.setDependenciesList(["urn:pulumi:qa::shop::azure-native:resources:ResourceGroup::rg"]);
    const deps = new pb.AnalyzerPropertyDependencies();
    deps.setUrnsList(["urn:pulumi:qa::shop::azure-native:resources:ResourceGroup::rg"]);
    r.getPropertydependenciesMap().set("resourceGroupName", deps);
    r.setProperties(structpb.Struct.fromJavaScript({ kind: "StorageV2", key: { [SIG]: SECRET, value: "hunter2" } }));
    const options = new pb.AnalyzerResourceOptions();
    options.setProtect(true);
    r.setOptions(options);
    const provider = new pb.AnalyzerProviderResource();
    provider.setUrn(PROVIDER);
    r.setProvider(provider);
    return r;
}

function component(): unknown {
    const r = new pb.AnalyzerResource();
    r.setType("readiness:index:ReadyService");
    r.setName("shop");
    r.setUrn("urn:pulumi:qa::shop::readiness:index:ReadyService::shop");
    r.setProperties(structpb.Struct.fromJavaScript({ resourceGroupName: "rg" }));
    return r;
}

function diagnostic(policy: string, level: number, message: string): unknown {
    const d = new pb.AnalyzeDiagnostic();
    d.setPolicyname(policy);
    d.setEnforcementlevel(level);
    d.setMessage(message);
    d.setUrn(URN);
    return d;
}

function read(dir: string, file: string): Record<string, unknown> {
    return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
}

describe("the evidence folder", () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-"));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("replaces every secret's value, keeping the secret marker", () => {
        assert.deepEqual(withoutSecrets({ a: [{ [SIG]: SECRET, value: "hunter2" }], b: "plain" }), {
            a: [{ [SIG]: SECRET, value: "[secret]" }],
            b: "plain",
        });
    });

    it("records project, stack, levels, resources and diagnostics of one run, secrets removed", () => {
        const recorder = new EvidenceRecorder(dir, MANIFEST);
        const configureStack = new pb.AnalyzerStackConfigureRequest();
        configureStack.setProject("shop");
        configureStack.setStack("qa");
        configureStack.setDryRun(true);
        recorder.configureStack(configureStack);
        const info = new pb.AnalyzerInfo();
        info.setName("readyservice-prr");
        info.setVersion("1.0.0");
        const policy = new pb.PolicyInfo();
        policy.setName("enforce-tls-floor");
        policy.setEnforcementlevel(1);
        info.setPoliciesList([policy]);
        recorder.analyzerInfo(info);
        const configure = new pb.ConfigureAnalyzerRequest();
        const config = new pb.PolicyConfig();
        config.setEnforcementlevel(0);
        configure.getPolicyconfigMap().set("enforce-tls-floor", config);
        recorder.configure(configure);
        const analyze = new pb.AnalyzeRequest();
        analyze.setUrn(URN);
        const perResource = new pb.AnalyzeResponse();
        perResource.setDiagnosticsList([diagnostic("enforce-tls-floor", 0, "TLS 1.0")]);
        recorder.analyze(analyze, perResource);
        const stackRequest = new pb.AnalyzeStackRequest();
        stackRequest.setResourcesList([resource(), component()]);
        const stackResponse = new pb.AnalyzeResponse();
        stackResponse.setDiagnosticsList([diagnostic("missing-backups", 1, "no backup")]);
        recorder.analyzeStack(stackRequest, stackResponse);

        const pack = read(dir, "pack.json");
        assert.equal(pack.format, EVIDENCE_FORMAT);
        assert.equal(pack.project, "shop");
        assert.equal(pack.stack, "qa");
        assert.deepEqual(pack.pack, { name: "readyservice-prr", version: "1.0.0" });
        assert.deepEqual(pack.levels, { "enforce-tls-floor": "advisory" });
        const resources = read(dir, "resources.json");
        assert.equal(resources.run, pack.run);
        assert.deepEqual(resources.resources, [{
            urn: URN,
            type: "azure-native:storage:StorageAccount",
            name: "data",
            custom: true,
            parent: "urn:pulumi:qa::shop::pulumi:pulumi:Stack::shop-qa",
            properties: { kind: "StorageV2", key: { [SIG]: SECRET, value: "[secret]" } },
            dependencies: ["urn:pulumi:qa::shop::azure-native:resources:ResourceGroup::rg"],
            propertyDependencies: { resourceGroupName: ["urn:pulumi:qa::shop::azure-native:resources:ResourceGroup::rg"] },
            provider: PROVIDER,
            protect: true,
        }, {
            urn: "urn:pulumi:qa::shop::readiness:index:ReadyService::shop",
            type: "readiness:index:ReadyService",
            name: "shop",
            custom: false,
            parent: "",
            properties: { resourceGroupName: "rg" },
            dependencies: [],
            propertyDependencies: {},
            provider: "",
            protect: false,
        }]);
        assert.ok(!fs.readFileSync(path.join(dir, "resources.json"), "utf8").includes("hunter2"));
        const findings = read(dir, "findings.json");
        assert.deepEqual(findings.diagnostics, [
            { policy: "enforce-tls-floor", level: "advisory", urn: URN, resourceUrn: URN, description: "", message: "TLS 1.0" },
            { policy: "missing-backups", level: "mandatory", urn: URN, resourceUrn: "", description: "", message: "no backup" },
        ]);
        assert.deepEqual(fs.readdirSync(dir).sort(), ["findings.json", "pack.json", "resources.json"]);
        // The answer carried no judgement of the components: the folder claims none.
        assert.equal("components" in findings, false);
    });

    it("keeps the last answer per resource and for the stack, as the driver that asked again reports it", () => {
        const recorder = new EvidenceRecorder(dir, MANIFEST);
        recorder.configureStack(new pb.AnalyzerStackConfigureRequest());
        const analyze = new pb.AnalyzeRequest();
        analyze.setUrn(URN);
        const answer = (...diagnostics: unknown[]) => {
            const response = new pb.AnalyzeResponse();
            response.setDiagnosticsList(diagnostics);
            return response;
        };
        // Sent ahead on the stack registered so far, then again once the program had registered everything.
        recorder.analyze(analyze, answer(diagnostic("enforce-tls-floor", 1, "TLS 1.0")));
        recorder.analyzeStack(new pb.AnalyzeStackRequest(), answer(diagnostic("missing-backups", 1, "no backup vault yet")));
        recorder.analyze(analyze, answer(diagnostic("enforce-tls-floor", 1, "TLS 1.1")));
        recorder.analyzeStack(new pb.AnalyzeStackRequest(), answer(diagnostic("missing-backups", 1, "no backup")));

        assert.deepEqual((read(dir, "findings.json").diagnostics as { message: string }[]).map((d) => d.message), ["TLS 1.1", "no backup"]);
    });

    it("records the judgement of the components the AnalyzeStack answer's trailer carried", () => {
        const recorder = new EvidenceRecorder(dir, MANIFEST);
        recorder.configureStack(new pb.AnalyzerStackConfigureRequest());
        const judged = [{ name: "web", customerFacing: true, exposure: { undecided: false, why: "web app 'web' (configuration)" } },
            { name: "batch", customerFacing: false }];
        const trailer = new grpc.Metadata();
        trailer.set(COMPONENTS_TRAILER, Buffer.from(JSON.stringify(judged), "utf8"));
        recorder.analyzeStack(new pb.AnalyzeStackRequest(), new pb.AnalyzeResponse(), trailer);
        assert.deepEqual(read(dir, "findings.json").components, judged);
    });

    it("hands the trailer on to the engine as it records it", async () => {
        const trailer = new grpc.Metadata();
        trailer.set(COMPONENTS_TRAILER, Buffer.from("[]", "utf8"));
        const recorder = new EvidenceRecorder(dir, MANIFEST);
        recorder.configureStack(new pb.AnalyzerStackConfigureRequest());
        const handlers = recordingHandlers(recorder, { analyzeStack: (_call, callback) => callback(null, new pb.AnalyzeResponse(), trailer, 0) });
        const result = await new Promise<unknown[]>((resolve) =>
            handlers.analyzeStack({ request: new pb.AnalyzeStackRequest() }, (...args) => resolve(args)));
        assert.equal(result[2], trailer);
        assert.deepEqual(read(dir, "findings.json").components, []);
    });

    it("fails the call, never passes, when the evidence cannot be written", async () => {
        const recorder = new EvidenceRecorder(path.join(dir, "no", "such", "folder"), MANIFEST);
        const handlers = recordingHandlers(recorder, {
            configureStack: (_call, callback) => callback(null, {}),
        });
        const request = new pb.AnalyzerStackConfigureRequest();
        const result = await new Promise<{ err: unknown }>((resolve) => handlers.configureStack({ request }, (err) => resolve({ err })));
        assert.match(String((result.err as { details: string }).details), /could not write its evidence/);
    });

    it("passes the answer through unchanged when the record is written", async () => {
        const handlers = recordingHandlers(new EvidenceRecorder(dir, MANIFEST), {
            configureStack: (_call, callback) => callback(null, "answer"),
        });
        const request = new pb.AnalyzerStackConfigureRequest();
        request.setStack("qa");
        const result = await new Promise<{ err: unknown; response: unknown }>((resolve) =>
            handlers.configureStack({ request }, (err, response) => resolve({ err, response })));
        assert.deepEqual(result, { err: null, response: "answer" });
        assert.equal(read(dir, "pack.json").stack, "qa");
    });
});
