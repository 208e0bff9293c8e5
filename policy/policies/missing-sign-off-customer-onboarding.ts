import { signOffPolicy } from "../lib/sign-off";

/** Sign-off: customer onboarding is fully automated. */
export const missingSignOffCustomerOnboarding = signOffPolicy("missing-sign-off-customer-onboarding", "customer.onboarding", "customer onboarding is fully automated");
