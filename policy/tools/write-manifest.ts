// Writes bin/manifest.json from the policy objects at build time.
import * as fs from "fs";
import * as path from "path";
import { buildManifest } from "../lib/manifest";
import { ALL_POLICIES } from "../policies/all";

const root = path.resolve(__dirname, "..", "..");
const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
const target = path.join(root, "bin", "manifest.json");
fs.writeFileSync(target, `${JSON.stringify(buildManifest(version, ALL_POLICIES), null, 2)}\n`);
console.log(`wrote ${path.relative(root, target)} (${ALL_POLICIES.length} policies)`);
