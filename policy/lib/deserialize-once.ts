// @pulumi/policy 1.21 turns each resource's protobuf properties into JavaScript once per stack
// policy: for AnalyzeStack that is every resource times every policy (27 here), about a quarter
// of AnalyzeStack's time at 2,158 resources (docs/benchmarks.md). Its server looks the function up on
// the module's exports at every call, so wrapping that export lets every policy of one request
// share the first result for each protobuf Struct; a WeakMap lets the results go with the request.
//
// Only the read-only form is shared (proxySecrets false: validation); the secret-preserving
// form, which remediations write through, is left as it is. Sharing means a policy must not
// write to the properties it is given: every spec runs the policies over frozen properties
// (lib/testing.ts), so one that writes fails its specs.

/* eslint-disable @typescript-eslint/no-require-imports */
const upstream: { deserializeProperties: Deserialize } = require("@pulumi/policy/deserialize");
/* eslint-enable @typescript-eslint/no-require-imports */

type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;

const SHARED = Symbol.for("readyservice.deserializeOnce");

/** Makes @pulumi/policy deserialise each resource once per request; calling it again is harmless. */
export function deserializeOnce(): void {
    const current = upstream.deserializeProperties as Deserialize & { [SHARED]?: true };
    if (current[SHARED]) {
        return;
    }
    upstream.deserializeProperties = sharing(current);
}

/** `deserialize` with its read-only results kept per Struct (exported for tests). */
export function sharing(deserialize: Deserialize): Deserialize {
    const results = new WeakMap<object, Record<string, unknown>>();
    const shared = (struct: object, proxySecrets: boolean): Record<string, unknown> => {
        if (proxySecrets) {
            return deserialize(struct, proxySecrets);
        }
        let result = results.get(struct);
        if (result === undefined) {
            result = deserialize(struct, false);
            results.set(struct, result);
        }
        return result;
    };
    return Object.assign(shared, { [SHARED]: true as const });
}
