import { describeSignOffPolicy } from "../lib/sign-off-fixtures";
import { missingSignOffCustomerOnboarding } from "./missing-sign-off-customer-onboarding";

describeSignOffPolicy("missing-sign-off-customer-onboarding", missingSignOffCustomerOnboarding, "customer.onboarding");
