// The evidence a PRR report is built from, written by the pack itself when READYSERVICE_EVIDENCE_DIR
// names a folder: so a real `pulumi preview --policy-pack policy` (which `./prr` does not drive) leaves
// what `./prr report --from DIR --stack NAME` needs to render the same report as `./prr review`.
//
// The pack records what crosses its Analyzer gRPC service, whoever drives it (the Pulumi engine
// through the Node.js language host, or the offline review): ConfigureStack (project, stack),
// GetAnalyzerInfo (pack name and version), Configure (each policy's level), Analyze (diagnostics), AnalyzeStack (every resource with its properties, parent and dependencies) and every
// diagnostic it answered (the last answer per resource and for the stack), with the judgement of the components its AnalyzeStack answer carried
// (lib/component-judgement.ts). Recording the wire, not the policies' calls, keeps the levels and messages
// exactly as the engine got them. docs/evidence.md ("The evidence folder") documents the files.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { extendAnalyzerService, Handler } from "./analyzer-service";
import { judgementOf } from "./component-judgement";
import { Manifest } from "./manifest";
import { judgedEnvironment } from "./stack-configuration";

/** The environment variable that names the evidence folder. */
export const EVIDENCE_DIR_ENV = "READYSERVICE_EVIDENCE_DIR";
/** Written in every file; `./prr report --from` refuses any other. */
export const EVIDENCE_FORMAT = "readyservice-prr-evidence/1";
/** The files of the folder. */
export const EVIDENCE_FILES = { pack: "pack.json", resources: "resources.json", findings: "findings.json" } as const;

const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** pulumirpc.EnforcementLevel, by number. */
const LEVELS = ["advisory", "mandatory", "disabled", "remediate"];

/* eslint-disable @typescript-eslint/no-explicit-any */
type Message = any;

/** A copy of a wire value with every secret's value replaced: the folder is a file anyone may read. */
export function withoutSecrets(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(withoutSecrets);
    }
    if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        if (record[SECRET_SIG_KEY] === SECRET_SIG) {
            return { [SECRET_SIG_KEY]: SECRET_SIG, value: "[secret]" };
        }
        return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutSecrets(v)]));
    }
    return value;
}

/** Writes `file` whole or not at all: a reader never sees half a file. */
export function writeAtomically(file: string, content: unknown): void {
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`);
    fs.renameSync(temp, file);
}

function withJudgement(trailer: Message): { components?: unknown } {
    const components = judgementOf(trailer);
    return components === undefined ? {} : { components };
}

function level(n: number): string {
    return LEVELS[n] ?? "advisory";
}

function struct(s: Message): unknown {
    return s ? withoutSecrets(s.toJavaScript()) : {};
}

/** What one run of the pack has seen so far; each call's record rewrites the files it feeds. */
export class EvidenceRecorder {
    private readonly run = crypto.randomUUID();
    private project = process.env.PULUMI_NODEJS_PROJECT ?? "";
    private stack = process.env.PULUMI_NODEJS_STACK ?? "";
    private dryRun = true;
    private pack = { name: "", version: "" };
    private readonly levels: Record<string, string> = {};
    /**
     * The last answer per resource URN ("" for AnalyzeStack). A driver may ask again (the offline
     * review sends Analyze and AnalyzeStack ahead while the program exits, and again for what changed
     * since): the answer to the last request is the one that counts, as in the report the driver builds.
     */
    private readonly answers = new Map<string, { diagnostics: Record<string, unknown>[]; notApplicable: Record<string, unknown>[] }>();

    constructor(readonly dir: string, private readonly manifest: Manifest) {}

    configureStack(request: Message): void {
        this.project = request.getProject() || this.project;
        this.stack = request.getStack() || this.stack;
        this.dryRun = request.getDryRun();
        this.writePack();
    }

    analyzerInfo(response: Message): void {
        this.pack = { name: response.getName(), version: response.getVersion() };
        for (const policy of response.getPoliciesList()) {
            this.levels[policy.getName()] ??= level(policy.getEnforcementlevel());
        }
        this.writePack();
    }

    configure(request: Message): void {
        request.getPolicyconfigMap().forEach((config: Message, name: string) => {
            this.levels[name] = level(config.getEnforcementlevel());
        });
        this.writePack();
    }

    analyze(request: Message, response: Message): void {
        this.diagnose(response, request.getUrn());
    }

    analyzeStack(request: Message, response: Message, trailer?: Message): void {
        this.diagnose(response, "");
        const resources = request.getResourcesList().map((r: Message) => {
            const dependencies: Record<string, string[]> = {};
            r.getPropertydependenciesMap().forEach((deps: Message, key: string) => {
                dependencies[key] = deps.getUrnsList();
            });
            return {
                urn: r.getUrn(),
                type: r.getType(),
                name: r.getName(),
                // Custom resources are the ones a provider manages, and provider resources themselves;
                // both engines send the provider with every custom resource (the real one also sends
                // Analyze for components, so which resources got Analyze does not tell).
                custom: Boolean(r.getProvider()?.getUrn()) || r.getType().startsWith("pulumi:providers:"),
                parent: r.getParent() || r.getOptions()?.getParent() || "",
                properties: struct(r.getProperties()),
                dependencies: r.getDependenciesList(),
                propertyDependencies: dependencies,
                provider: r.getProvider()?.getUrn() ?? "",
                protect: Boolean(r.getOptions()?.getProtect()),
            };
        });
        writeAtomically(path.join(this.dir, EVIDENCE_FILES.resources), { format: EVIDENCE_FORMAT, run: this.run, resources });
        writeAtomically(path.join(this.dir, EVIDENCE_FILES.findings), {
            format: EVIDENCE_FORMAT,
            run: this.run,
            // Analyze answers first, in the order resources were first analysed, then AnalyzeStack's.
            diagnostics: this.answered("diagnostics"),
            notApplicable: this.answered("notApplicable"),
            // What the answer's trailer carried, as the offline review reads it from the call; absent
            // when it carried none, so the report says the pack's judgement is missing.
            ...withJudgement(trailer),
        });
    }

    private diagnose(response: Message, resourceUrn: string): void {
        const diagnostics = response.getDiagnosticsList().map((d: Message) => ({
            policy: d.getPolicyname(),
            level: level(d.getEnforcementlevel()),
            urn: d.getUrn(),
            resourceUrn,
            description: d.getDescription(),
            message: d.getMessage(),
        }));
        const notApplicable = (response.getNotApplicableList?.() ?? []).map((n: Message) =>
            ({ policy: n.getPolicyName(), reason: n.getReason(), resourceUrn }));
        this.answers.set(resourceUrn, { diagnostics, notApplicable });
    }

    private answered(kind: "diagnostics" | "notApplicable"): Record<string, unknown>[] {
        const stack = this.answers.get("");
        const perResource = [...this.answers.entries()].filter(([urn]) => urn !== "").flatMap(([, answer]) => answer[kind]);
        return [...perResource, ...(stack?.[kind] ?? [])];
    }

    private writePack(): void {
        writeAtomically(path.join(this.dir, EVIDENCE_FILES.pack), {
            format: EVIDENCE_FORMAT,
            run: this.run,
            project: this.project,
            stack: this.stack,
            dryRun: this.dryRun,
            pack: this.pack,
            levels: this.levels,
            // The pack's own judgement (lib/environment.ts), so the report judges the stack as the pack did.
            environment: { name: judgedEnvironment().environment, source: judgedEnvironment().source },
            manifest: this.manifest,
        });
    }
}

/** Wraps each recorded call so the answer goes to the engine only once its record is written. */
export function recordingHandlers(recorder: EvidenceRecorder, handlers: Record<string, Handler>): Record<string, Handler> {
    const recorded: Record<string, (request: Message, response: Message, trailer?: Message) => void> = {
        configureStack: (request) => recorder.configureStack(request),
        getAnalyzerInfo: (_request, response) => recorder.analyzerInfo(response),
        configure: (request) => recorder.configure(request),
        analyze: (request, response) => recorder.analyze(request, response),
        analyzeStack: (request, response, trailer) => recorder.analyzeStack(request, response, trailer),
    };
    const wrapped: Record<string, Handler> = { ...handlers };
    for (const [name, record] of Object.entries(recorded)) {
        const handler = handlers[name];
        if (handler === undefined) {
            continue;
        }
        wrapped[name] = function (this: unknown, call, callback) {
            return handler.call(this, call, (err, response, trailer, flags) => {
                if (!err) {
                    try {
                        record(call.request, response, trailer);
                    } catch (e) {
                        // Asked for evidence and could not write it: the run fails, it never passes without it.
                        callback({ code: 13, details: `the policy pack could not write its evidence to ${recorder.dir}: ${(e as Error).message}` });
                        return;
                    }
                }
                callback(err, response, trailer, flags);
            });
        };
    }
    return wrapped;
}

/**
 * When READYSERVICE_EVIDENCE_DIR is set, makes the Analyzer service that @pulumi/policy is about to
 * serve record its evidence there. Call before constructing the PolicyPack, after the extensions
 * whose additions to an answer it records (lib/analyzer-service.ts); without the variable it does
 * nothing.
 */
export function recordEvidenceWhenAsked(manifest: () => Manifest): void {
    const dir = process.env[EVIDENCE_DIR_ENV];
    if (!dir) {
        return;
    }
    fs.mkdirSync(dir, { recursive: true });
    const recorder = new EvidenceRecorder(path.resolve(dir), manifest());
    extendAnalyzerService((handlers) => recordingHandlers(recorder, handlers));
}
/* eslint-enable @typescript-eslint/no-explicit-any */
