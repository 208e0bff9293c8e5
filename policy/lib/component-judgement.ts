// The pack's judgement of the product's components (StackView.components: which are customer-facing,
// and, when the internet reaching a component is what makes it so, what reaches it), handed to the
// report with every AnalyzeStack answer, so the report shows what the pack judged instead of judging
// criticality again (docs/evidence.md, "Where criticality comes from").
//
// Why gRPC trailing metadata: the Analyzer protocol's AnalyzeResponse has no field for it (only
// diagnostics and not-applicable reasons), a diagnostic is shown to every user of the real CLI (an
// advisory line per component on every preview would be noise) and a not-applicable reason would
// misstate a policy. Metadata is the call's own side channel: the Pulumi engine ignores keys it does
// not know, the offline review reads it from the call (analyzer/AnalyzerClient.java), and the
// evidence folder records it from the same answer (lib/evidence-folder.ts), so both paths of the
// report render the one judgement the pack made, from the same code.
import { Handler, policyGrpc } from "./analyzer-service";
import { Component, StackView, stackViewOf } from "./stack";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
type Message = any;

/** The trailing metadata key of AnalyzeStack answers that carries the judgement (binary: UTF-8 JSON). */
export const COMPONENTS_TRAILER = "readyservice-components-bin";

/** One component as the pack judged it: the wire form (`Component`, plain data, sorted by name). */
export type JudgedComponent = Component;

/**
 * The StackView of one AnalyzeStack request, built as @pulumi/policy builds a stack policy's
 * resources (its server.js: properties deserialised read-only, the provider, `opts.parent`, the
 * parent and dependencies kept when they are resources of the request) and then as every readiness
 * policy builds its view (lib/readiness-policy.ts), so the judgement is the one the policies made.
 */
export function stackOfRequest(request: Message): StackView {
    const deserialize = require("@pulumi/policy/deserialize").deserializeProperties as (s: object, proxySecrets: boolean) => Record<string, unknown>;
    const resources: Message[] = request.getResourcesList();
    const urns = new Set<string>(resources.map((r) => r.getUrn()));
    const known = (list: readonly string[]) => list.filter((u) => urns.has(u)).map((urn) => ({ urn }));
    const policyResources = resources.map((r) => {
        const options = r.getOptions();
        const propertyDependencies: Record<string, { urn: string }[]> = {};
        r.getPropertydependenciesMap().forEach((deps: Message, key: string) => {
            propertyDependencies[key] = known(deps.getUrnsList());
        });
        const provider = r.getProvider();
        return {
            type: r.getType(),
            name: r.getName(),
            urn: r.getUrn(),
            props: r.getProperties() ? deserialize(r.getProperties(), false) : {},
            opts: { protect: Boolean(options?.getProtect()), ...(options?.getParent() ? { parent: options.getParent() } : {}) },
            ...(provider ? { provider: { type: provider.getType(), urn: provider.getUrn(), name: provider.getName(), props: {} } } : {}),
            ...(urns.has(r.getParent()) ? { parent: { urn: r.getParent() } } : {}),
            dependencies: known(r.getDependenciesList()),
            propertyDependencies,
        };
    });
    return stackViewOf(policyResources as never);
}

/** The judgement of the stack in `request`, as the trailer carries it. */
export function judgeComponents(request: Message): JudgedComponent[] {
    return stackOfRequest(request).components();
}

/**
 * Wraps the Analyzer service's handlers so every AnalyzeStack answer carries the judgement in its
 * trailing metadata. A judgement that cannot be made fails the call, as the policies' own use of it
 * would: the report never shows a criticality the pack did not judge as the pack's.
 */
export function judgingHandlers(handlers: Record<string, Handler>): Record<string, Handler> {
    const analyzeStack = handlers.analyzeStack;
    if (analyzeStack === undefined) {
        return handlers;
    }
    const grpc = policyGrpc();
    return {
        ...handlers,
        analyzeStack: function (this: unknown, call, callback) {
            return analyzeStack.call(this, call, (err, response, trailer, flags) => {
                if (err) {
                    callback(err, response, trailer, flags);
                    return;
                }
                let metadata: Message;
                try {
                    metadata = trailer ?? new grpc.Metadata();
                    metadata.set(COMPONENTS_TRAILER, Buffer.from(JSON.stringify(judgeComponents(call.request)), "utf8"));
                } catch (e) {
                    callback({ code: 13, details: `the policy pack could not judge the stack's components: ${(e as Error).message}` });
                    return;
                }
                callback(err, response, metadata, flags);
            });
        },
    };
}

/** The judgement an AnalyzeStack answer's trailer carries, undefined when it carries none. */
export function judgementOf(trailer: Message): JudgedComponent[] | undefined {
    const values: unknown[] = trailer?.get?.(COMPONENTS_TRAILER) ?? [];
    const value = values[0];
    return Buffer.isBuffer(value) ? JSON.parse(value.toString("utf8")) as JudgedComponent[] : undefined;
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
