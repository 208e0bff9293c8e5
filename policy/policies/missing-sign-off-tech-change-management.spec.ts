import { describeSignOffPolicy } from "../lib/sign-off-fixtures";
import { missingSignOffTechChangeManagement } from "./missing-sign-off-tech-change-management";

describeSignOffPolicy("missing-sign-off-tech-change-management", missingSignOffTechChangeManagement, "tech.change-management");
