package dev.readyservice.deploy;

import java.util.List;
import java.util.Map;

/** Environments seeded with recognisable fake secrets, so a test can prove none is ever printed. */
final class Environments {
    static final List<String> SEEDED_SECRETS = List.of(
            "s3cr3t-client-Zq9", "dd-api-7f1e2d", "dd-app-99ab", "pd-token-1xY", "passphrase-Hx7", "client-id-5511",
            "tenant-0a0a", "sub-1234");

    private Environments() {
    }

    static Map<String, String> complete() {
        return Map.of(
                "ARM_CLIENT_ID", "client-id-5511",
                "ARM_CLIENT_SECRET", "s3cr3t-client-Zq9",
                "ARM_TENANT_ID", "tenant-0a0a",
                "ARM_SUBSCRIPTION_ID", "sub-1234",
                "DATADOG_API_KEY", "dd-api-7f1e2d",
                "DATADOG_APP_KEY", "dd-app-99ab",
                "PAGERDUTY_TOKEN", "pd-token-1xY",
                "PULUMI_CONFIG_PASSPHRASE", "passphrase-Hx7");
    }
}
