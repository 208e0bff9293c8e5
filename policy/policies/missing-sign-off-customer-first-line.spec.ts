import { describeSignOffPolicy } from "../lib/sign-off-fixtures";
import { missingSignOffCustomerFirstLine } from "./missing-sign-off-customer-first-line";

describeSignOffPolicy("missing-sign-off-customer-first-line", missingSignOffCustomerFirstLine, "customer.first-line");
