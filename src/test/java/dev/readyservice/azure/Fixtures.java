package dev.readyservice.azure;

import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.List;

/** Inputs shared by the tests: a product with a customer-facing API and UI and an internal worker. */
final class Fixtures {

    static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";
    static final String TENANT = "00000000-0000-0000-0000-0000000000aa";
    static final String CERTIFICATE = "https://kv-certs.vault.azure.net/secrets/checkout-tls";

    private Fixtures() {
    }

    static AzureProduct product(String environment) {
        return new AzureProduct("checkout", environment, "WestEurope", SUBSCRIPTION, TENANT);
    }

    static AzureComponent api() {
        return new AzureComponent("api", "api", true, "/health", 3, 10, 4, 800, 120, 1.5, null);
    }

    static AzureComponent ui() {
        return new AzureComponent("ui", "ui", true, "/", 2, 6, 2, 300, 150, 1.5, "P2v3");
    }

    static AzureComponent worker() {
        return new AzureComponent("worker", "worker", false, "/ready", 1, 3, 1, 20, 50, 2, null);
    }

    static List<AzureComponent> components() {
        return List.of(ui(), api(), worker());
    }

    static AzureData data(boolean prod) {
        return new AzureData(30, null, prod, true, Output.ofSecret("pa55-w0rd"), CERTIFICATE);
    }

    /**
     * Registers the whole footprint of {@link #components()} under {@code mocks} and cleans up
     * PulumiTest's global state; prod adds the customer-managed key (see {@link #data}).
     *
     * @param mocks the mocks that record the registrations
     * @param environment {@code qa} or {@code prod}
     * @return the finished run
     */
    static TestResult footprint(RecordingMocks mocks, String environment) {
        try {
            return mocks.run((ctx, parent) -> AzureFootprint.create(parent, "checkout", product(environment), components(),
                    data(environment.equals("prod"))));
        } finally {
            PulumiTest.cleanup();
        }
    }
}
