import { unassessedPolicy } from "../lib/unassessed";

/** Stateful and ingress resources whose TLS floor and plaintext switches no policy judges yet fail `security.tls-in-transit` as [unassessed]. */
export const missingTlsAssessment = unassessedPolicy("missing-tls-assessment", "tls", "TLS floor and plaintext switches");
