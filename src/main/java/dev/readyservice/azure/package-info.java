/**
 * Azure resources of a ReadyService product, built with azure-native 2.10.0 only.
 *
 * <p>Each factory owns one concern and returns a small result record with what its callers need:
 * {@link dev.readyservice.azure.ResourceGroupFactory} (group, prod delete lock),
 * {@link dev.readyservice.azure.NetworkFactory} (virtual network, gateway subnet),
 * {@link dev.readyservice.azure.ComputeFactory} (plan, web app, autoscale per component),
 * {@link dev.readyservice.azure.IdentityFactory}, {@link dev.readyservice.azure.KeyVaultFactory}
 * (vault, customer-managed key), {@link dev.readyservice.azure.StorageFactory} (account, blob
 * protection), {@link dev.readyservice.azure.BackupFactory} (backup vault, policy, instance, role),
 * {@link dev.readyservice.azure.PostgresFactory} and {@link dev.readyservice.azure.GatewayFactory}.
 * {@link dev.readyservice.azure.AzureFootprint} calls them all in dependency order.
 *
 * <p>Inputs are the plain records {@link dev.readyservice.azure.AzureProduct},
 * {@link dev.readyservice.azure.AzureComponent} and {@link dev.readyservice.azure.AzureData};
 * this package imports no other {@code dev.readyservice} package, so the component maps its
 * spec onto these records. Every security-relevant property is set explicitly, because a
 * policy in a real preview sees only what the program sends, never a provider default.
 *
 * <p>Deliberate choices, each documented where it is made:
 * <ul>
 *   <li>TLS: 1.3 is the minimum at the Application Gateway and PostgreSQL; App Service, storage and
 *       Key Vault stop at 1.2 ({@link dev.readyservice.azure.TlsFloors}). Customer-facing web apps
 *       accept only the gateway's subnet, so the 1.2 floor of App Service is not reachable from
 *       the internet for them.</li>
 *   <li>Prod: {@code protect} on the group, storage account, Key Vault, key, backup vault and
 *       PostgreSQL server ({@link dev.readyservice.azure.AzureResourceOptions}) plus a
 *       {@code CanNotDelete} lock on the group.</li>
 *   <li>Network reach: storage keeps a public endpoint (Azure AD only, no shared keys) because the
 *       web apps are not VNet-integrated; Key Vault denies all but trusted Azure services;
 *       PostgreSQL gets no firewall rule, so nobody connects until the product grants access.</li>
 * </ul>
 */
package dev.readyservice.azure;
