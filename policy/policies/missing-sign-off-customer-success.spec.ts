import { describeSignOffPolicy } from "../lib/sign-off-fixtures";
import { missingSignOffCustomerSuccess } from "./missing-sign-off-customer-success";

describeSignOffPolicy("missing-sign-off-customer-success", missingSignOffCustomerSuccess, "customer.success");
