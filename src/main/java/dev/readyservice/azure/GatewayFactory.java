package dev.readyservice.azure;

import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.network.ApplicationGateway;
import com.pulumi.azurenative.network.ApplicationGatewayArgs;
import com.pulumi.azurenative.network.PublicIPAddress;
import com.pulumi.azurenative.network.PublicIPAddressArgs;
import com.pulumi.azurenative.network.enums.ResourceIdentityType;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayAutoscaleConfigurationArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayBackendAddressArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayBackendAddressPoolArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayBackendHttpSettingsArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayFrontendIPConfigurationArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayFrontendPortArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayHttpListenerArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayIPConfigurationArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayPathRuleArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayProbeArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayProbeHealthResponseMatchArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayRedirectConfigurationArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayRequestRoutingRuleArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewaySkuArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewaySslCertificateArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewaySslPolicyArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayUrlPathMapArgs;
import com.pulumi.azurenative.network.inputs.ApplicationGatewayWebApplicationFirewallConfigurationArgs;
import com.pulumi.azurenative.network.inputs.ManagedServiceIdentityArgs;
import com.pulumi.azurenative.network.inputs.PublicIPAddressSkuArgs;
import com.pulumi.azurenative.network.inputs.SubResourceArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * An Application Gateway v2 (WAF) in front of the customer-facing components: HTTPS on 443 with
 * TLS 1.3 as the minimum, a certificate read from Key Vault, HTTP on 80 redirected permanently to
 * HTTPS, and path-based routing ({@code /<component>/*}) to one backend pool per component. Paths
 * that match no component go to the first backend, so a product with one UI serves it at {@code /}.
 * The gateway reaches each web app over HTTPS at its default host name.
 */
public final class GatewayFactory {

    /** Minimum autoscale instances in prod: two, so one can fail or be updated. */
    public static final int PROD_MIN_CAPACITY = 2;

    /** Minimum autoscale instances in QA. */
    public static final int QA_MIN_CAPACITY = 1;

    /** Maximum autoscale instances. */
    public static final int MAX_CAPACITY = 10;

    /** Availability zones of the gateway and its public IP in prod. */
    public static final List<String> PROD_ZONES = List.of("1", "2", "3");

    /** Priority of the HTTPS routing rule (v2 APIs require priorities). */
    public static final int HTTPS_RULE_PRIORITY = 100;

    /** Priority of the HTTP-to-HTTPS redirect rule. */
    public static final int REDIRECT_RULE_PRIORITY = 200;

    static final String GATEWAY_IP_CONFIG = "gateway-ip-config";
    static final String FRONTEND = "public-frontend";
    static final String HTTPS_PORT = "https-port";
    static final String HTTP_PORT = "http-port";
    static final String CERTIFICATE = "tls-certificate";
    static final String HTTPS_LISTENER = "https-listener";
    static final String HTTP_LISTENER = "http-listener";
    static final String PATH_MAP = "components";
    static final String REDIRECT = "http-to-https";

    private GatewayFactory() {
    }

    /**
     * What callers need from the gateway.
     *
     * @param gateway     the Application Gateway
     * @param gatewayName its Azure name
     * @param publicIp    its public IP
     */
    public record Result(ApplicationGateway gateway, String gatewayName, PublicIPAddress publicIp) {
    }

    /**
     * Creates {@code <prefix>-gateway-ip} and {@code <prefix>-gateway}.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param product           the product
     * @param resourceGroupName Azure name of the group (for sub-resource ids)
     * @param resourceGroup     the group name as an output (for the dependency on the group)
     * @param tags              tags of the network resources
     * @param backends          customer-facing components, at least one
     * @param certificateSecretId Key Vault secret id of the listener's certificate
     * @param identity          identity with {@link VaultGrant#secretReading} on the certificate's vault
     * @param keyVault          the vault carrying that grant; the gateway waits for it
     * @param network           the network whose gateway subnet the gateway joins
     * @return the gateway and its public IP
     * @throws IllegalArgumentException when there is no backend or no certificate
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, String resourceGroupName,
            Output<String> resourceGroup, Map<String, String> tags, List<GatewayBackend> backends,
            String certificateSecretId, UserAssignedIdentity identity, Resource keyVault, NetworkFactory.Result network) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("an Application Gateway needs at least one customer-facing component, got none");
        }
        checkCertificate(certificateSecretId);
        boolean prod = product.prod();
        String gatewayName = AzureNames.applicationGatewayName(product);
        GatewayIds ids = new GatewayIds(product.subscriptionId(), resourceGroupName, gatewayName);

        PublicIPAddressArgs.Builder ipArgs = PublicIPAddressArgs.builder()
                .resourceGroupName(resourceGroup)
                .location(product.location())
                .sku(PublicIPAddressSkuArgs.builder().name("Standard").tier("Regional").build())
                .publicIPAllocationMethod("Static")
                .publicIPAddressVersion("IPv4")
                .tags(tags);
        if (prod) {
            ipArgs.zones(PROD_ZONES);
        }
        PublicIPAddress ip = new PublicIPAddress(prefix + "-gateway-ip", ipArgs.build(), AzureResourceOptions.child(parent));

        ApplicationGatewayArgs.Builder args = ApplicationGatewayArgs.builder()
                .resourceGroupName(resourceGroup)
                .applicationGatewayName(gatewayName)
                .location(product.location())
                .sku(ApplicationGatewaySkuArgs.builder().name("WAF_v2").tier("WAF_v2").build())
                .autoscaleConfiguration(ApplicationGatewayAutoscaleConfigurationArgs.builder()
                        .minCapacity(prod ? PROD_MIN_CAPACITY : QA_MIN_CAPACITY).maxCapacity(MAX_CAPACITY).build())
                .webApplicationFirewallConfiguration(ApplicationGatewayWebApplicationFirewallConfigurationArgs.builder()
                        .enabled(true).firewallMode("Prevention").ruleSetType("OWASP").ruleSetVersion("3.2").build())
                .sslPolicy(sslPolicy())
                .identity(ManagedServiceIdentityArgs.builder()
                        .type(ResourceIdentityType.UserAssigned)
                        .userAssignedIdentities(identity.id().applyValue(List::of))
                        .build())
                .gatewayIPConfigurations(ApplicationGatewayIPConfigurationArgs.builder()
                        .name(GATEWAY_IP_CONFIG).subnet(SubResourceArgs.builder().id(network.gatewaySubnetId()).build()).build())
                .frontendIPConfigurations(ApplicationGatewayFrontendIPConfigurationArgs.builder()
                        .name(FRONTEND).publicIPAddress(SubResourceArgs.builder().id(ip.id()).build()).build())
                .frontendPorts(
                        ApplicationGatewayFrontendPortArgs.builder().name(HTTPS_PORT).port(443).build(),
                        ApplicationGatewayFrontendPortArgs.builder().name(HTTP_PORT).port(80).build())
                .sslCertificates(ApplicationGatewaySslCertificateArgs.builder()
                        .name(CERTIFICATE).keyVaultSecretId(certificateSecretId).build())
                .httpListeners(
                        listener(ids, HTTPS_LISTENER, HTTPS_PORT, "Https"),
                        listener(ids, HTTP_LISTENER, HTTP_PORT, "Http"))
                .backendAddressPools(backends.stream().map(GatewayFactory::pool).toList())
                .backendHttpSettingsCollection(backends.stream().map(b -> httpSettings(ids, b)).toList())
                .probes(backends.stream().map(GatewayFactory::probe).toList())
                .urlPathMaps(pathMap(ids, backends))
                .redirectConfigurations(ApplicationGatewayRedirectConfigurationArgs.builder()
                        .name(REDIRECT)
                        .redirectType("Permanent")
                        .targetListener(ref(ids.httpListener(HTTPS_LISTENER)))
                        .includePath(true)
                        .includeQueryString(true)
                        .build())
                .requestRoutingRules(
                        ApplicationGatewayRequestRoutingRuleArgs.builder()
                                .name("https-rule").ruleType("PathBasedRouting").priority(HTTPS_RULE_PRIORITY)
                                .httpListener(ref(ids.httpListener(HTTPS_LISTENER)))
                                .urlPathMap(ref(ids.urlPathMap(PATH_MAP)))
                                .build(),
                        ApplicationGatewayRequestRoutingRuleArgs.builder()
                                .name("http-redirect-rule").ruleType("Basic").priority(REDIRECT_RULE_PRIORITY)
                                .httpListener(ref(ids.httpListener(HTTP_LISTENER)))
                                .redirectConfiguration(ref(ids.redirectConfiguration(REDIRECT)))
                                .build())
                .tags(tags);
        if (prod) {
            args.zones(PROD_ZONES);
        }
        ApplicationGateway gateway = new ApplicationGateway(prefix + "-gateway", args.build(),
                AzureResourceOptions.child(parent, keyVault));
        return new Result(gateway, gatewayName, ip);
    }

    /**
     * @param certificateSecretId the listener certificate's Key Vault secret id
     * @throws IllegalArgumentException when it is not an https URL of a Key Vault secret
     */
    static void checkCertificate(String certificateSecretId) {
        if (certificateSecretId == null || !certificateSecretId.matches("https://[^/]+/secrets/[^/]+(/[^/]*)?")) {
            throw new IllegalArgumentException("tlsCertificateSecretId must name a Key Vault secret "
                    + "(https://<vault>.vault.azure.net/secrets/<name>) when components are customer-facing, got '"
                    + certificateSecretId + "'");
        }
    }

    /**
     * TLS 1.3 as the minimum. The predefined {@code AppGwSslPolicy20220101S} only enables 1.3 next to
     * 1.2; only a {@code CustomV2} policy can require it. TLS 1.3's cipher suites are mandatory and
     * need not be listed.
     *
     * @return the SSL policy
     */
    static ApplicationGatewaySslPolicyArgs sslPolicy() {
        return ApplicationGatewaySslPolicyArgs.builder()
                .policyType("CustomV2")
                .minProtocolVersion(TlsFloors.APPLICATION_GATEWAY)
                .build();
    }

    private static ApplicationGatewayHttpListenerArgs listener(GatewayIds ids, String name, String port, String protocol) {
        ApplicationGatewayHttpListenerArgs.Builder listener = ApplicationGatewayHttpListenerArgs.builder()
                .name(name)
                .protocol(protocol)
                .frontendIPConfiguration(ref(ids.frontendIpConfiguration(FRONTEND)))
                .frontendPort(ref(ids.frontendPort(port)));
        if ("Https".equals(protocol)) {
            listener.sslCertificate(ref(ids.sslCertificate(CERTIFICATE)));
        }
        return listener.build();
    }

    private static ApplicationGatewayBackendAddressPoolArgs pool(GatewayBackend backend) {
        return ApplicationGatewayBackendAddressPoolArgs.builder()
                .name(backend.component() + "-pool")
                .backendAddresses(ApplicationGatewayBackendAddressArgs.builder().fqdn(backend.hostName()).build())
                .build();
    }

    private static ApplicationGatewayBackendHttpSettingsArgs httpSettings(GatewayIds ids, GatewayBackend backend) {
        return ApplicationGatewayBackendHttpSettingsArgs.builder()
                .name(backend.component() + "-https")
                .protocol("Https")
                .port(443)
                // App Service routes by host name, so the gateway must send the app's own host name.
                .pickHostNameFromBackendAddress(true)
                .cookieBasedAffinity("Disabled")
                .requestTimeout(30)
                .probe(ref(ids.probe(backend.component() + "-probe")))
                .build();
    }

    private static ApplicationGatewayProbeArgs probe(GatewayBackend backend) {
        return ApplicationGatewayProbeArgs.builder()
                .name(backend.component() + "-probe")
                .protocol("Https")
                .path(backend.healthCheckPath())
                .pickHostNameFromBackendHttpSettings(true)
                .interval(30)
                .timeout(30)
                .unhealthyThreshold(3)
                .match(ApplicationGatewayProbeHealthResponseMatchArgs.builder().statusCodes(List.of("200-399")).build())
                .build();
    }

    private static ApplicationGatewayUrlPathMapArgs pathMap(GatewayIds ids, List<GatewayBackend> backends) {
        GatewayBackend first = backends.get(0);
        return ApplicationGatewayUrlPathMapArgs.builder()
                .name(PATH_MAP)
                .defaultBackendAddressPool(ref(ids.backendAddressPool(first.component() + "-pool")))
                .defaultBackendHttpSettings(ref(ids.backendHttpSettings(first.component() + "-https")))
                .pathRules(backends.stream().map(b -> ApplicationGatewayPathRuleArgs.builder()
                        .name(b.component())
                        .paths(List.of("/" + b.component() + "/*"))
                        .backendAddressPool(ref(ids.backendAddressPool(b.component() + "-pool")))
                        .backendHttpSettings(ref(ids.backendHttpSettings(b.component() + "-https")))
                        .build()).toList())
                .build();
    }

    private static SubResourceArgs ref(String id) {
        return SubResourceArgs.builder().id(id).build();
    }
}
