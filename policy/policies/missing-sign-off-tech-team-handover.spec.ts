import { describeSignOffPolicy } from "../lib/sign-off-fixtures";
import { missingSignOffTechTeamHandover } from "./missing-sign-off-tech-team-handover";

describeSignOffPolicy("missing-sign-off-tech-team-handover", missingSignOffTechTeamHandover, "tech.team-handover");
