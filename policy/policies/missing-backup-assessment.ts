import { unassessedPolicy } from "../lib/unassessed";

/** Stateful resources whose backups no policy judges yet fail `security.backups` as [unassessed]. */
export const missingBackupAssessment = unassessedPolicy("missing-backup-assessment", "backup", "backups");
