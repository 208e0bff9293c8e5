// Each case runs in a fresh node (a clean module cache), as the pack starts.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { describe, it } from "node:test";

const POLICY_DIR = path.resolve(__dirname, "..", "..");
const DEFERRED = JSON.stringify(path.join(__dirname, "deferred-modules"));

/** Runs `script` (CommonJS, `deferred` bound to the module under test) in a fresh node; returns what it printed as JSON. */
function inFreshNode(script: string): Record<string, unknown> {
    const run = spawnSync(process.execPath, ["-e", `const deferred = require(${DEFERRED});\n${script}`], {
        cwd: POLICY_DIR,
        encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as Record<string, unknown>;
}

// TypeScript's older __importStar helper, as @pulumi/pulumi's runtime/closure/codePaths.js has it.
const IMPORT_STAR = `function importStar(mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (Object.hasOwnProperty.call(mod, k)) result[k] = mod[k];
    result["default"] = mod;
    return result;
}`;

describe("modules @pulumi/pulumi loads for closures, deferred until used", () => {
    it("are not loaded when @pulumi/pulumi and @pulumi/policy are", () => {
        const out = inFreshNode(`
            const deferredNow = deferred.deferUnusedModules();
            require("@pulumi/policy");
            const pulumi = require("@pulumi/pulumi");
            console.log(JSON.stringify({ deferredNow, loaded: deferred.deferredModulesLoaded(), hasRuntime: typeof pulumi.runtime.serializeFunction }));`);
        assert.deepEqual(out.deferredNow, ["typescript", "@npmcli/arborist"]);
        assert.deepEqual(out.loaded, []);
        assert.equal(out.hasRuntime, "function");
    });

    it("load the real TypeScript on first use, through @pulumi/pulumi's shim", () => {
        const out = inFreshNode(`
            deferred.deferUnusedModules();
            const viaShim = require("@pulumi/pulumi/typescript-shim");
            const before = deferred.deferredModulesLoaded();
            const file = viaShim.createSourceFile("f.ts", "const x = 1;", viaShim.ScriptTarget.ES2020);
            const real = require(require.resolve("typescript", { paths: [require("path").dirname(require.resolve("@pulumi/pulumi"))] }));
            console.log(JSON.stringify({ before, after: deferred.deferredModulesLoaded(), statements: file.statements.length,
                version: viaShim.version, realVersion: real.version, sameFunction: viaShim.createSourceFile === real.createSourceFile }));`);
        assert.deepEqual(out.before, []);
        assert.deepEqual(out.after, ["typescript"]);
        assert.equal(out.statements, 1);
        assert.equal(out.version, out.realVersion);
        assert.equal(out.sameFunction, true);
    });

    it("give arborist's exports and default through __importStar, as the real module would", () => {
        const out = inFreshNode(`
            ${IMPORT_STAR}
            deferred.deferUnusedModules();
            const file = require.resolve("@npmcli/arborist", { paths: [require("path").dirname(require.resolve("@pulumi/pulumi"))] });
            const starred = importStar(require(file));
            const before = deferred.deferredModulesLoaded();
            const Arborist = starred.Arborist;
            const real = require(file);
            console.log(JSON.stringify({ before, after: deferred.deferredModulesLoaded(), isClass: typeof Arborist,
                same: Arborist === real.Arborist, defaultIsModule: starred.default === real, keys: Object.keys(starred).length === Object.keys(real).length }));`);
        assert.deepEqual(out.before, []);
        assert.deepEqual(out.after, ["@npmcli/arborist"]);
        assert.equal(out.isClass, "function");
        assert.equal(out.same, true);
        assert.equal(out.defaultIsModule, true);
        assert.equal(out.keys, true);
    });

    it("leave modules alone that are loaded already, as under the real CLI's language host", () => {
        const out = inFreshNode(`
            const real = require(require.resolve("typescript", { paths: [require("path").dirname(require.resolve("@pulumi/pulumi"))] }));
            require("@pulumi/pulumi");
            const deferredNow = deferred.deferUnusedModules();
            const viaShim = require("@pulumi/pulumi/typescript-shim");
            console.log(JSON.stringify({ deferredNow, same: viaShim === real }));`);
        assert.deepEqual(out.deferredNow, []);
        assert.equal(out.same, true);
    });
});
