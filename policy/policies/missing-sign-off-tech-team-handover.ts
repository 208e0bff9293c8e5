import { signOffPolicy } from "../lib/sign-off";

/** Sign-off: the reviewing SRE handed over to the rest of SRE. */
export const missingSignOffTechTeamHandover = signOffPolicy("missing-sign-off-tech-team-handover", "tech.team-handover", "the reviewing SRE handed over to the rest of SRE");
