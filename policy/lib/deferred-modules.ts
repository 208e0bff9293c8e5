// @pulumi/pulumi loads two large modules when it is first required, for work a policy pack never
// does: the TypeScript compiler (to parse functions it serialises as closures) and npm's
// @npmcli/arborist (to find the packages a serialised closure needs). Loading them took about 0.55 s
// of the pack's 0.95 s of CPU at start, on processors the program being previewed needs at that
// moment (docs/benchmarks.md). Deferred, each is a stand-in module whose first use loads the real
// one and forwards to it, so anything that does use them gets the real module, only later.
//
// Only what is not loaded yet is deferred: under the real CLI, the Node.js language host has
// loaded @pulumi/pulumi (and both modules) before the pack's entry runs, and nothing changes there.

import Module = require("module");
import * as path from "path";

/** A module @pulumi/pulumi loads at start, and how it takes it. */
interface Deferred {
    readonly specifier: string;
    /**
     * @pulumi/pulumi reads it through TypeScript's `__importStar` helper, which copies every export
     * at once unless the module says it is an ES module: the stand-in says so, and answers `default`
     * with the whole module, as the helper would have.
     */
    readonly importStarred: boolean;
}

export const DEFERRED: readonly Deferred[] = [
    { specifier: "typescript", importStarred: false },
    { specifier: "@npmcli/arborist", importStarred: true },
];

const loadedForReal = new Set<string>();

/** The specifiers whose real module a deferral has loaded so far (for tests and diagnostics). */
export function deferredModulesLoaded(): string[] {
    return [...loadedForReal].sort();
}

/**
 * Defers each of {@link DEFERRED} as @pulumi/pulumi resolves it, unless it is loaded already.
 * Returns the specifiers deferred. Must run before anything requires @pulumi/pulumi.
 */
export function deferUnusedModules(): string[] {
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi"));
    return DEFERRED.filter((d) => defer(d, require.resolve(d.specifier, { paths: [pulumiDir] }))).map((d) => d.specifier);
}

function defer(deferred: Deferred, file: string): boolean {
    if (require.cache[file] !== undefined) {
        return false;
    }
    let real: Record<PropertyKey, unknown> | undefined;
    const load = (): Record<PropertyKey, unknown> => {
        if (real === undefined) {
            delete require.cache[file];
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            real = require(file) as Record<PropertyKey, unknown>;
            loadedForReal.add(deferred.specifier);
        }
        return real;
    };
    const standIn = new Proxy(
        {},
        {
            get: (_, key) => {
                if (deferred.importStarred && key === "__esModule") {
                    return true;
                }
                return deferred.importStarred && key === "default" ? load() : load()[key];
            },
            set: (_, key, value) => Reflect.set(load(), key, value),
            has: (_, key) => key in load(),
            ownKeys: () => Reflect.ownKeys(load()),
            // Reported configurable: the stand-in's own target is empty, and a proxy may not report
            // a non-configurable property its target lacks.
            getOwnPropertyDescriptor: (_, key) => {
                const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
                return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
            },
            getPrototypeOf: () => Reflect.getPrototypeOf(load()),
        },
    );
    const placeholder = new Module(file);
    placeholder.filename = file;
    placeholder.loaded = true;
    placeholder.exports = standIn;
    require.cache[file] = placeholder;
    return true;
}
