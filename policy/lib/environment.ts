/**
 * The environment a stack is judged as. It comes from the review, never from the program: the stack's
 * name as `ConfigureStack` (or the CLI's launch environment) gives it, and an explicit
 * `readyservice:environment` stack config key for names that say nothing. Tags on resources never
 * decide it; a tag that disagrees is a finding (policies/configure-stack-environment.ts).
 *
 * The rule, in order (README "Environment"):
 * 1. a stack named `qa` is qa; `prod` or `production` is prod (case-insensitive);
 * 2. a stack with another name is what `readyservice:environment` says (`qa` or `prod`);
 * 3. otherwise prod, the strictest, and the pack says the environment was assumed.
 * A config key that contradicts a known stack name, or names no environment, cannot lower it:
 * the stricter of the two applies and the conflict is a finding.
 */

/** Environment names the evidence conventions use. */
export type Environment = "qa" | "prod";

/** The rule's data, written into the manifest so that the offline review applies the same table. */
export const ENVIRONMENT_RULE = {
    /** The stack config key that names the environment of a stack whose name does not. */
    configKey: "readyservice:environment",
    /** Stack names (lower case) that name an environment by themselves. */
    stackNames: { qa: "qa", prod: "prod", production: "prod" } as Readonly<Record<string, Environment>>,
    /** What a stack is judged as when nothing names its environment. */
    strictest: "prod" as Environment,
} as const;

/** The environment judged, where it came from, and what is wrong with how it was given. */
export interface JudgedEnvironment {
    readonly environment: Environment;
    /** A sentence fragment: "stack name 'prod'", "stack config readyservice:environment = qa", ... */
    readonly source: string;
    /** Why the environment had to be assumed or raised; empty when the stack says it plainly. */
    readonly problems: readonly string[];
}

/** The environment a label names (`qa`, `prod`, `production`, any case), else `undefined`. */
export function environmentNamed(label: string | undefined): Environment | undefined {
    return label === undefined ? undefined : ENVIRONMENT_RULE.stackNames[label.trim().toLowerCase()];
}

/** Applies the rule to a stack name and its config (`ns:key` → string value). */
export function judgeEnvironment(stack: string | undefined, config: Readonly<Record<string, string>>): JudgedEnvironment {
    const key = ENVIRONMENT_RULE.configKey;
    const strictest = ENVIRONMENT_RULE.strictest;
    const raw = config[key];
    const configured = environmentNamed(raw);
    const fromName = environmentNamed(stack);
    const badKey = raw !== undefined && configured === undefined
        ? [`stack config ${key} is '${raw}', which names no environment (qa or prod)`] : [];
    if (fromName !== undefined) {
        const source = `stack name '${stack}'`;
        if (raw === undefined || configured === fromName) {
            return { environment: fromName, source: raw === undefined ? source : `${source} (${key} agrees)`, problems: [] };
        }
        const conflict = configured === undefined ? badKey
            : [`stack config ${key} = ${raw} contradicts the stack name '${stack}' (${fromName}); the stricter applies`];
        return { environment: stricter(fromName, configured ?? strictest), source: `${source}, raised by the conflicting ${key}`, problems: conflict };
    }
    if (configured !== undefined) {
        return { environment: configured, source: `stack config ${key} = ${raw}`, problems: [] };
    }
    const named = stack === undefined || stack === "" ? "the review gave no stack name" : `stack name '${stack}' names no environment`;
    return {
        environment: strictest,
        source: `assumed (${named} and ${key} is ${raw === undefined ? "not set" : "invalid"})`,
        problems: [...badKey, `the environment was assumed to be ${strictest}, the strictest: ${named}; set ${key} (qa or prod) in the stack config or name the stack qa or prod`],
    };
}

function stricter(a: Environment, b: Environment): Environment {
    return a === "prod" || b === "prod" ? "prod" : "qa";
}
