package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of an analyzer request read from the engine's wire form. */
class AnalyzerRequestsTest {

    @Test
    void readsTheUrnOfAProviderReference() {
        assertThat(AnalyzerRequests.providerUrn("urn:a::b::pulumi:providers:x::p::04da")).isEqualTo("urn:a::b::pulumi:providers:x::p");
        assertThat(AnalyzerRequests.providerUrn("no-separator")).isEqualTo("no-separator");
    }
}
