import { unassessedPolicy } from "../lib/unassessed";

/** Stateful resources whose encryption at rest no policy judges yet fail `security.encryption-at-rest` as [unassessed]. */
export const missingEncryptionAssessment = unassessedPolicy("missing-encryption-assessment", "encryption", "encryption at rest");
