package dev.readyservice.azure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AzureNamesTest {

    @Property
    void storageAccountNamesAreAlwaysValid(@ForAll String product, @ForAll String environment) {
        assertThat(AzureNames.isValidStorageAccountName(AzureNames.storageAccountName(product, environment))).isTrue();
    }

    @Property
    void storageAccountNamesAreDeterministicAndDifferPerEnvironment(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 2, max = 40) String product) {
        String qa = AzureNames.storageAccountName(product, "qa");
        assertThat(AzureNames.storageAccountName(product, "qa")).isEqualTo(qa);
        assertThat(AzureNames.storageAccountName(product, "prod")).isNotEqualTo(qa);
    }

    @Property
    void keyVaultNamesAreAlwaysValid(@ForAll("products") String product) {
        assertThat(AzureNames.isValidKeyVaultName(AzureNames.keyVaultName(new AzureProduct(product, "prod", "westeurope", "s", "t"))))
                .isTrue();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> products() {
        return net.jqwik.api.Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(30)
                .map(s -> "p" + s);
    }

    @Test
    void namesFollowTheProductAndEnvironment() {
        AzureProduct product = Fixtures.product("prod");
        assertThat(AzureNames.resourceGroupName(product)).isEqualTo("rg-checkout-prod");
        assertThat(AzureNames.applicationGatewayName(product)).isEqualTo("agw-checkout-prod");
        assertThat(AzureNames.storageAccountName(product)).startsWith("checkoutprod").hasSize(20);
        assertThat(AzureNames.keyVaultName(product)).startsWith("kvcheckoutprod").hasSize(22);
        assertThat(AzureNames.postgresServerName(product)).matches("psql-checkout-prod-[0-9a-f]{8}");
        assertThat(AzureNames.keyVaultUri("kvx")).isEqualTo("https://kvx.vault.azure.net/");
    }

    @Test
    void longSlugsAreCutButStayUnique() {
        String a = AzureNames.storageAccountName("a-very-long-product-name-one", "prod");
        String b = AzureNames.storageAccountName("a-very-long-product-name-two", "prod");
        assertThat(a).hasSize(24).isNotEqualTo(b);
        assertThat(a.substring(0, 16)).isEqualTo(b.substring(0, 16));
    }

    /** Storage account names: 3 to 24 lower-case letters and digits. */
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "abc, true", "ab, false", "aaaaaaaaaaaaaaaaaaaaaaaaa, false", "Abc, false", "ab-c, false", "null, false"})
    void storageAccountNameRuleRejectsWhatAzureRejects(String name, boolean valid) {
        assertThat(AzureNames.isValidStorageAccountName(name)).as(name).isEqualTo(valid);
    }

    /** Key vault names: 3 to 24 letters, digits and single hyphens, starting with a letter, not ending in a hyphen. */
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "kv-1, true", "1kv, false", "kv--1, false", "kv-, false", "kv, false", "kkkkkkkkkkkkkkkkkkkkkkkkk, false", "null, false"})
    void keyVaultNameRuleRejectsWhatAzureRejects(String name, boolean valid) {
        assertThat(AzureNames.isValidKeyVaultName(name)).as(name).isEqualTo(valid);
    }
}
