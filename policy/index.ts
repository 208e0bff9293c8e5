// The only file that constructs the PolicyPack: constructing one starts the Analyzer gRPC server.
// First, before anything loads @pulumi/pulumi: what it loads for closures is loaded only if used.
import { deferUnusedModules } from "./lib/deferred-modules";
deferUnusedModules();
import { PolicyPack } from "@pulumi/policy";
import * as fs from "fs";
import * as path from "path";
import { extendAnalyzerService } from "./lib/analyzer-service";
import { judgingHandlers } from "./lib/component-judgement";
import { deserializeOnce } from "./lib/deserialize-once";
import { recordEvidenceWhenAsked } from "./lib/evidence-folder";
import { Manifest, PACK_NAME } from "./lib/manifest";
import { recordStackConfiguration } from "./lib/stack-configuration";
import { ALL_POLICIES } from "./policies/all";

deserializeOnce();
// The stack name and config (ConfigureStack) decide the environment; the levels (Configure) say
// when a prod rule was lowered. @pulumi/policy keeps neither for policies, so the pack records them.
recordStackConfiguration();
// Every AnalyzeStack answer carries the pack's judgement of the components (which are customer-facing,
// and why) for the report, whoever drives the pack (lib/component-judgement.ts).
extendAnalyzerService(judgingHandlers);
// READYSERVICE_EVIDENCE_DIR set: the pack writes the PRR evidence there (lib/evidence-folder.ts).
recordEvidenceWhenAsked(() => JSON.parse(fs.readFileSync(path.join(__dirname, "manifest.json"), "utf8")) as Manifest);
new PolicyPack(PACK_NAME, {
    description: "Production Readiness Review: checks the stack's evidence for every infra and sign-off PRR item.",
    // Mandatory unless per-stack config (config/qa.json, config/prod.json) says otherwise.
    enforcementLevel: "mandatory",
    policies: [...ALL_POLICIES],
});
