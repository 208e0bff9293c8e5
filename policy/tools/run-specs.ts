// Runs every compiled *.spec.js under bin/ with node's built-in test runner.
// Node 20's `node --test <dir>` does not pick up *.spec.js files, so we list them.
// Extra arguments go to node, e.g. `npm run coverage` passes --experimental-test-coverage.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

function specs(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
            return e.name === "node_modules" ? [] : specs(full);
        }
        return e.name.endsWith(".spec.js") ? [full] : [];
    });
}

const bin = path.resolve(__dirname, "..");
const files = specs(bin).sort();
if (files.length === 0) {
    console.error("no compiled specs under bin/; run npm run build first");
    process.exit(1);
}
const result = spawnSync(process.execPath, [...process.argv.slice(2), "--test", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
