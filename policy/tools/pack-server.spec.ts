// Starts the compiled pack exactly as the offline review does (`node bin/index.js` from policy/),
// reads the port it prints, and drives AnalyzeStack over the Analyzer gRPC protocol.
import * as assert from "node:assert/strict";
import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { configureStackRequest } from "../lib/testing";

/* eslint-disable @typescript-eslint/no-require-imports */
const services = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const structpb = require("google-protobuf/google/protobuf/struct_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

interface Diagnostic { getPolicyname(): string; getEnforcementlevel(): number; getMessage(): string; getUrn(): string }

const POLICY_DIR = path.resolve(__dirname, "..", "..");
const ADVISORY = 0;
const MANDATORY = 1;

function storageAccount(props: Record<string, unknown>) {
    const r = new pb.AnalyzerResource();
    r.setType("azure-native:storage:StorageAccount");
    r.setName("shopdata");
    r.setUrn("urn:pulumi:prod::shop::azure-native:storage:StorageAccount::shopdata");
    r.setProperties(structpb.Struct.fromJavaScript(props));
    r.setOptions(new pb.AnalyzerResourceOptions());
    return r;
}

describe("the pack started with node bin/index.js", () => {
    let pack: ChildProcess;
    let port: string;
    let client: {
        analyzeStack: (req: unknown, cb: (err: Error | null, res: { getDiagnosticsList(): Diagnostic[] }) => void) => void;
        configureStack: (req: unknown, cb: (err: Error | null) => void) => void;
        close(): void;
    };

    before(async () => {
        pack = spawn(process.execPath, ["bin/index.js"], { cwd: POLICY_DIR, stdio: ["ignore", "pipe", "inherit"] });
        port = await new Promise<string>((resolve, reject) => {
            pack.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
            pack.once("exit", (code) => reject(new Error(`pack exited with ${code}`)));
        });
        client = new services.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    });

    after(() => {
        client?.close();
        pack?.kill();
    });

    function analyzeStack(resources: unknown[]): Promise<Diagnostic[]> {
        const request = new pb.AnalyzeStackRequest();
        request.setResourcesList(resources);
        return new Promise((resolve, reject) => client.analyzeStack(request, (err, res) => (err ? reject(err) : resolve(res.getDiagnosticsList()))));
    }

    function configureStack(stack: string, config: Record<string, string> = {}): Promise<void> {
        const request = configureStackRequest(stack, config);
        return new Promise((resolve, reject) => client.configureStack(request, (err) => (err ? reject(err) : resolve())));
    }

    it("prints the port it serves on", () => {
        assert.match(port, /^\d+$/);
    });

    it("reports findings with our message first, markers intact, and advisory platform limits", async () => {
        const diagnostics = await analyzeStack([storageAccount({
            minimumTlsVersion: "TLS1_2", enableHttpsTrafficOnly: true,
            allowBlobPublicAccess: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            tags: { component: "api", environment: "prod" },
        })]);
        const find = (policy: string) => diagnostics.filter((d) => d.getPolicyname() === policy)
            .map((d) => [d.getEnforcementlevel(), d.getMessage(), d.getUrn()]);
        assert.deepEqual(find("enforce-tls-floor"), [[ADVISORY,
            "[platform-limit] storage account 'shopdata' enforces TLS 1.2, the highest minimum the storage API allows (MinimumTlsVersion stops at TLS1_2); TLS 1.3 cannot be required",
            "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::shopdata"]]);
        assert.deepEqual(find("disallow-public-blob-access"), [[MANDATORY,
            "[undecided] storage account 'shopdata' allowBlobPublicAccess is unknown in preview",
            "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::shopdata"]]);
    });

    it("keeps serving after a request, and fails an empty stack on every sign-off", async () => {
        const diagnostics = await analyzeStack([]);
        const signOffs = diagnostics.filter((d) => d.getPolicyname().startsWith("missing-sign-off-"));
        assert.equal(signOffs.length, 6);
        assert.equal(diagnostics.find((d) => d.getPolicyname() === "missing-stack-resources")?.getMessage(),
            "the stack declares no resources, so nothing is deployed with Pulumi");
    });

    it("answers AnalyzeStack with its judgement of the components in the trailer: customer-facing where the internet reaches, whatever the tag", async () => {
        const app = (name: string, publicNetworkAccess: string) => {
            const r = new pb.AnalyzerResource();
            r.setType("azure-native:web:WebApp");
            r.setName(name);
            r.setUrn(`urn:pulumi:prod::shop::azure-native:web:WebApp::${name}`);
            r.setProperties(structpb.Struct.fromJavaScript({ publicNetworkAccess, tags: { component: name, criticality: "internal" } }));
            r.setOptions(new pb.AnalyzerResourceOptions());
            return r;
        };
        const request = new pb.AnalyzeStackRequest();
        request.setResourcesList([app("web", "Enabled"), app("batch", "Disabled")]);
        const trailer = await new Promise<grpc.Metadata>((resolve, reject) => {
            const call = (client.analyzeStack as unknown as (req: unknown, cb: (err: Error | null) => void) => grpc.ClientUnaryCall)(request, (err) => {
                if (err) {
                    reject(err);
                }
            });
            call.on("status", (status: grpc.StatusObject) => resolve(status.metadata));
        });
        const judged = trailer.get("readyservice-components-bin")[0];
        assert.ok(Buffer.isBuffer(judged));
        assert.deepEqual(JSON.parse(judged.toString("utf8")), [
            { name: "batch", customerFacing: false },
            { name: "web", customerFacing: true, exposure: { undecided: false,
                why: "web app 'web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)" } },
        ]);
    });

    it("judges the environment from the stack ConfigureStack names, not from the resources' tags", async () => {
        const platformKey = storageAccount({
            minimumTlsVersion: "TLS1_2", allowBlobPublicAccess: false,
            encryption: { requireInfrastructureEncryption: true, keySource: "Microsoft.Storage" },
            tags: { component: "api", environment: "qa" },
        });
        const cmk = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.getPolicyname() === "enable-infrastructure-encryption").map((d) => d.getMessage());
        const tags = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.getPolicyname() === "configure-stack-environment").map((d) => d.getMessage());

        await configureStack("prod");
        const prod = await analyzeStack([platformKey]);
        assert.deepEqual(cmk(prod), ["storage account 'shopdata' encryption.keySource is 'Microsoft.Storage'; prod requires a customer-managed key (Microsoft.Keyvault)"]);
        assert.deepEqual(tags(prod), ["azure-native:storage:StorageAccount 'shopdata' has tag environment=qa, but the stack is judged as prod (stack name 'prod'); fix the tag"]);

        await configureStack("dev", { "readyservice:environment": "qa" });
        const qa = await analyzeStack([platformKey]);
        assert.deepEqual(cmk(qa), []);
        assert.deepEqual(tags(qa), []);
    });
});
