import { signOffPolicy } from "../lib/sign-off";

/** Sign-off: customer success knows the product, its limits and capabilities. */
export const missingSignOffCustomerSuccess = signOffPolicy("missing-sign-off-customer-success", "customer.success", "customer success knows the product, its limits and capabilities");
