import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { messages } from "../lib/testing";
import { redisEnterprise, sqlServerAndDatabase } from "../lib/unassessed-fixtures";
import { missingEncryptionAssessment as policy } from "./missing-encryption-assessment";

const judgedLater = (what: string) => `[unassessed] ${what} needs encryption at rest (AES-256; customer-managed key in prod), and no policy of the pack judges that for this type yet; `
    + "it fails until one does (policy/lib/catalogue.ts), or a waiver with a reason covers it where the item is waivable";

describe("missing-encryption-assessment", () => {
    it("passes the compliant stack: storage is judged, Key Vault is always encrypted by the platform", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a Redis Enterprise cluster (its encryption is not judged yet), naming it", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), redisEnterprise()]), [
            judgedLater("azure-native:cache:RedisEnterprise 'shop-redis'"),
        ]);
    });

    it("leaves an Azure SQL server and database to enable-infrastructure-encryption, which judges their TDE", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlServerAndDatabase()]), []);
    });
});
