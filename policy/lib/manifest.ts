import { ENVIRONMENT_RULE } from "./environment";
import { ReadinessPolicy } from "./readiness-policy";

/** Pack name, shared by index.ts and the manifest. */
export const PACK_NAME = "readyservice-prr";

/** One policy as `bin/manifest.json` lists it. */
export interface ManifestPolicy {
    name: string;
    items: string[];
    enforcementLevel: string;
    waivableInProd: boolean;
    evidenceTypes: string[];
    description: string;
}

/** How the pack decides a stack's environment (lib/environment.ts), so the review decides it the same way. */
export interface ManifestEnvironments {
    configKey: string;
    stackNames: Record<string, string>;
    strictest: string;
}

/** The manifest the offline review reads. */
export interface Manifest {
    pack: string;
    version: string;
    environments: ManifestEnvironments;
    policies: ManifestPolicy[];
}

/** Builds the manifest from the policy objects (the single source of truth). */
export function buildManifest(version: string, policies: readonly ReadinessPolicy[]): Manifest {
    return {
        pack: PACK_NAME,
        version,
        environments: { configKey: ENVIRONMENT_RULE.configKey, stackNames: { ...ENVIRONMENT_RULE.stackNames }, strictest: ENVIRONMENT_RULE.strictest },
        policies: policies.map((p) => ({
            name: p.name,
            items: [...p.items],
            enforcementLevel: p.enforcementLevel,
            waivableInProd: p.waivableInProd,
            evidenceTypes: [...p.evidenceTypes],
            description: p.description,
        })),
    };
}
