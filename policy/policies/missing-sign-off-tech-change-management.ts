import { signOffPolicy } from "../lib/sign-off";

/** Sign-off: the process for pushing to production is stated. */
export const missingSignOffTechChangeManagement = signOffPolicy("missing-sign-off-tech-change-management", "tech.change-management", "the process for pushing to production is stated");
