import { signOffPolicy } from "../lib/sign-off";

/** Sign-off: handover session held. */
export const missingSignOffTechHandover = signOffPolicy("missing-sign-off-tech-handover", "tech.handover", "handover session held");
