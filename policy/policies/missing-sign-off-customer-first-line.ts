import { signOffPolicy } from "../lib/sign-off";

/** Sign-off: first-line support knows the product and when to call SRE. */
export const missingSignOffCustomerFirstLine = signOffPolicy("missing-sign-off-customer-first-line", "customer.first-line", "first-line support knows the product and when to call SRE");
