// The one place the pack changes the Analyzer service @pulumi/policy serves: @pulumi/policy offers no
// hook, so the gRPC module it loads is made to wrap the service's handlers as it registers them.
import * as path from "path";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
type Message = any;
/** A unary gRPC handler; the callback may carry trailing metadata and flags after the answer. */
export type Handler = (call: { request: Message }, callback: (err: unknown, response?: Message, trailer?: Message, flags?: number) => void) => unknown;
export type Extension = (handlers: Record<string, Handler>) => Record<string, Handler>;

const extensions: Extension[] = [];

/** The gRPC module @pulumi/policy itself loads, wherever npm put it. */
export function policyGrpc(): Message {
    return require(require.resolve("@grpc/grpc-js", { paths: [path.dirname(require.resolve("@pulumi/policy/server"))] }));
}

/**
 * Wraps the Analyzer service's handlers with `extension` when @pulumi/policy registers them. Call
 * before constructing the PolicyPack. Extensions apply in the order given, each around the ones
 * before it: a later one sees what an earlier one added to an answer.
 */
export function extendAnalyzerService(extension: Extension): void {
    if (extensions.length === 0) {
        const grpc = policyGrpc();
        const addService = grpc.Server.prototype.addService;
        grpc.Server.prototype.addService = function (this: unknown, service: Message, handlers: Record<string, Handler>) {
            const analyzer = service !== null && typeof service === "object" && "analyzeStack" in service;
            return addService.call(this, service, analyzer ? extensions.reduce((h, extend) => extend(h), handlers) : handlers);
        };
    }
    extensions.push(extension);
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
