/**
 * The inputs of every resource, recorded as the engine sends each one to `Analyze`.
 *
 * A real preview sends `Analyze` a resource's inputs but `AnalyzeStack` its outputs (pulumi/pulumi
 * pkg/resource/deploy/step_generator.go), and the outputs lack facts only inputs carry: an
 * azure-native path parameter such as a PostgreSQL configuration's `configurationName`, and
 * whether the program set a property at all (an output it did not set is unknown, not absent).
 * Every readiness policy records the inputs it is shown at `Analyze` here (lib/readiness-policy.ts)
 * and the stack view reads them back (lib/stack.ts).
 *
 * Relying on the record is sound because the engine analyses every registered resource (custom
 * resources, components, providers and the stack) as it steps on it, and calls `AnalyzeStack` only
 * after every step has run (pkg/resource/deploy/deployment_executor.go: `AnalyzeResources` after the
 * step executor finishes), in the one pack process the preview started; the offline review keeps
 * the same order. A resource with no record (an engine that skipped `Analyze`) is judged on its
 * outputs alone: what is unknown stays unknown.
 */
const recorded = new Map<string, Readonly<Record<string, unknown>>>();

/** Records the inputs `Analyze` was given for `urn` (a later call replaces an earlier one). */
export function recordInputs(urn: string, inputs: Readonly<Record<string, unknown>>): void {
    recorded.set(urn, inputs);
}

/** The inputs recorded for `urn`, if `Analyze` saw it. */
export function recordedInputs(urn: string): Readonly<Record<string, unknown>> | undefined {
    return recorded.get(urn);
}

/** Forgets every record (specs start each stack afresh). */
export function forgetInputs(): void {
    recorded.clear();
}
