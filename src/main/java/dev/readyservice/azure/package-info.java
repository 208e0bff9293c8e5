/**
 * Azure resources of a ReadyService product, built with azure-native 2.10.0 only.
 *
 * <p>Each factory owns one concern (resource group, compute, Key Vault, storage, backups,
 * PostgreSQL, Application Gateway) and returns a small result record with what its callers
 * need. Inputs are the plain records {@link dev.readyservice.azure.AzureProduct},
 * {@link dev.readyservice.azure.AzureComponent} and {@link dev.readyservice.azure.AzureData};
 * this package imports no other {@code dev.readyservice} package, so the component maps its
 * spec onto these records. Every security-relevant property is set explicitly, because a
 * policy in a real preview sees only what the program sends, never a provider default.
 */
package dev.readyservice.azure;
