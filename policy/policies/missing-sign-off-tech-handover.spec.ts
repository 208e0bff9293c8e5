import { describeSignOffPolicy } from "../lib/sign-off-fixtures";
import { missingSignOffTechHandover } from "./missing-sign-off-tech-handover";

describeSignOffPolicy("missing-sign-off-tech-handover", missingSignOffTechHandover, "tech.handover");
