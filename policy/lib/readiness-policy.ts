import { EnforcementLevel, PolicyConfigSchema, ReportViolation, ResourceValidationArgs, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { addDays, today } from "./clock";
import { Enforcement, enforcement, ENFORCEMENT_SCHEMA, EnforcementSettings, FloorDirection, NOT_CHECKED, notCheckedText, stagingDate } from "./enforcement";
import { Environment } from "./environment";
import { Finding, undecided, violation } from "./findings";
import { recordInputs } from "./inputs";
import { configuredLevel } from "./stack-configuration";
import { StackView, stackViewOf } from "./stack";
import { plain } from "./values";
import { covers, describeWaiver, Waiver, WAIVERS_SCHEMA, waiverProblems } from "./waivers";

/** Outcome markers of docs/evidence.md ("What the pack tells the review"). */
export const MARKERS = {
    waived: "[waived]",
    undecided: "[undecided]",
    unassessed: "[unassessed]",
    platformLimit: "[platform-limit]",
    staged: "[staged]",
    notChecked: NOT_CHECKED,
} as const;

/** Config every readiness policy accepts besides its own thresholds. */
export type CommonConfig = EnforcementSettings;

/** What a policy file declares: metadata, thresholds and a pure check. */
export interface ReadinessPolicySpec<C extends object> {
    readonly name: string;
    readonly description: string;
    readonly items: readonly string[];
    /** False for encryption at rest, TLS floor and backups: waivers are rejected in prod. */
    readonly waivableInProd: boolean;
    /** Type tokens whose resources are this policy's evidence. */
    readonly evidenceTypes: readonly string[];
    /** Policy-specific config properties (JSON schema) with their documented defaults. */
    readonly configProperties?: PolicyConfigSchema["properties"];
    readonly defaults: C;
    /**
     * Properties whose default is the documented prod floor, and the direction that weakens them:
     * in prod a weaker value fails the item as not checked and the check runs at the default.
     */
    readonly prodFloors?: Partial<Record<keyof C & string, FloorDirection>>;
    /** Pure: returns every finding; an empty list means the items pass. */
    check(stack: StackView, config: C): Finding[];
}

/**
 * A readiness policy: a Pulumi stack policy that knows its checklist items. Its `validateResource`
 * never reports: it records the inputs `Analyze` shows it (lib/inputs.ts), which `AnalyzeStack`'s
 * outputs lack. Every policy records, so a policy disabled by config never leaves the others without.
 */
export interface ReadinessPolicy extends StackValidationPolicy {
    readonly validateResource: (args: ResourceValidationArgs) => void;
    readonly items: readonly string[];
    readonly waivableInProd: boolean;
    readonly evidenceTypes: readonly string[];
    readonly enforcementLevel: EnforcementLevel;
}

/** A finding after waivers and staging: the message and level actually reported. */
export interface Report {
    readonly message: string;
    readonly urn?: string;
    readonly enforcementLevel?: EnforcementLevel;
}

/**
 * Builds a policy from a spec. Waivers and staged enforcement are applied here,
 * once, so that every policy treats them the same way; a check that throws is
 * reported as a violation (never a pass), and one that trips over a preview
 * unknown is reported `[undecided]`.
 */
export function readinessPolicy<C extends object>(spec: ReadinessPolicySpec<C>): ReadinessPolicy {
    return {
        name: spec.name,
        description: spec.description,
        items: spec.items,
        waivableInProd: spec.waivableInProd,
        evidenceTypes: spec.evidenceTypes,
        enforcementLevel: "mandatory",
        configSchema: {
            properties: {
                ...(spec.configProperties ?? {}),
                waivers: WAIVERS_SCHEMA,
                ...ENFORCEMENT_SCHEMA,
            },
        },
        validateResource: (args: ResourceValidationArgs) => {
            recordInputs(args.urn, (plain(args.props) ?? {}) as Record<string, unknown>);
        },
        validateStack: (args: StackValidationArgs, reportViolation: ReportViolation) => {
            const raw = (args.getConfig<Record<string, unknown>>() ?? {}) as Record<string, unknown>;
            const config = { ...spec.defaults, ...raw } as C & CommonConfig;
            const stack = stackViewOf(args.resources);
            for (const report of evaluate(spec, stack, config, configuredLevel(spec.name))) {
                // The object form keeps our message first (the string form prefixes the
                // description) and lets one finding be advisory inside a mandatory policy.
                (reportViolation as unknown as (r: object) => void)({
                    message: report.message,
                    urn: report.urn,
                    enforcementLevel: report.enforcementLevel,
                });
            }
        },
    };
}

/**
 * Runs the check and turns its findings into reports (exported for tests). `level` is the level
 * `Configure` gave the policy, when known: in prod a never-waivable rule lowered to advisory is
 * reported as not checked.
 */
export function evaluate<C extends object>(spec: ReadinessPolicySpec<C>, stack: StackView, config: C & CommonConfig,
    level?: ReadinessPolicy["enforcementLevel"]): Report[] {
    const env = stack.environment();
    const rules = enforcement(spec, config, env, level);
    const findings = runCheck(spec, stack, rules.config);
    const { waivers, reports } = readWaivers(spec, rules, env);
    const stagedUntil = stagingDate(spec, rules);
    // A never-waivable rule in prod is reported mandatory whatever level the config gave it.
    const forced = rules.alwaysMandatory ? { enforcementLevel: "mandatory" as const } : {};
    for (const finding of findings) {
        const urn = finding.resource?.urn;
        if (finding.outcome === "platform-limit") {
            reports.push({ message: `${MARKERS.platformLimit} ${finding.message}`, urn, enforcementLevel: "advisory" });
            continue;
        }
        // An unassessed type is waivable like a violation (with a reason); an undecided value never is.
        const waiver = finding.outcome === "violation" || finding.outcome === "unassessed" ? waivers.find((w) => covers(w, finding)) : undefined;
        if (waiver !== undefined) {
            reports.push({
                message: `${MARKERS.waived} ${finding.outcome === "unassessed" ? `${MARKERS.unassessed} ` : ""}${finding.message} (reason: ${waiver.reason}; approver: ${waiver.approver}; expires: ${waiver.expires})`,
                urn,
                enforcementLevel: "advisory",
            });
            continue;
        }
        const text = finding.outcome === "undecided" ? `${MARKERS.undecided} ${finding.message}`
            : finding.outcome === "unassessed" ? `${MARKERS.unassessed} ${finding.message}` : finding.message;
        if (stagedUntil !== undefined) {
            reports.push({ message: `${MARKERS.staged} mandatory from ${stagedUntil}: ${text}`, urn, enforcementLevel: "advisory" });
        } else {
            reports.push({ message: text, urn, ...forced });
        }
    }
    reports.push(...rules.problems.map((message) => ({ message, ...forced })));
    // Settings that bypass a prod rule fail its item whatever the level: reported last, mandatory.
    reports.push(...rules.notChecked.map((message) => ({ message: `${MARKERS.notChecked} ${message}`, enforcementLevel: "mandatory" as const })));
    return reports;
}

function runCheck<C extends object>(spec: ReadinessPolicySpec<C>, stack: StackView, config: C): Finding[] {
    try {
        return spec.check(stack, config);
    } catch (e) {
        const error = e as Error;
        if (error?.constructor?.name === "UnknownValueError") {
            return [undecided(spec.items[0], `${spec.name} cannot decide: ${error.message}`)];
        }
        return [violation(spec.items[0], `${spec.name} failed to run, so nothing it checks passes: ${error?.message ?? String(e)}`)];
    }
}

function readWaivers<C extends object>(spec: ReadinessPolicySpec<C>, rules: Enforcement<C>, env: Environment): { waivers: Waiver[]; reports: Report[] } {
    const raw = rules.config.waivers as unknown;
    const waivers: Waiver[] = [];
    const reports: Report[] = [];
    if (raw === undefined || raw === null) {
        return { waivers, reports };
    }
    if (!Array.isArray(raw)) {
        reports.push({ message: `${spec.name} config 'waivers' must be a list of waivers` });
        return { waivers, reports };
    }
    const latestExpiry = addDays(today(), rules.maxWaiverDays);
    raw.forEach((entry, index) => {
        const label = describeWaiver(entry as Partial<Waiver>, index);
        if (!rules.bypassable) {
            rules.notChecked.push(notCheckedText(spec, label, "but encryption at rest, TLS floor and backups are never waivable in prod",
                "it waives nothing"));
            return;
        }
        const problems = waiverProblems(entry, spec.name, spec.items, { prod: env === "prod", latestExpiry });
        if (problems.length > 0) {
            reports.push({ message: `malformed ${label} for ${spec.name}: ${problems.join("; ")}` });
            return;
        }
        const waiver = entry as Waiver;
        if (waiver.expires < today()) {
            reports.push({ message: `expired ${label} for ${spec.name}: expired on ${waiver.expires} (approver: ${waiver.approver}); renew it or fix the findings` });
            return;
        }
        waivers.push(waiver);
    });
    return { waivers, reports };
}
