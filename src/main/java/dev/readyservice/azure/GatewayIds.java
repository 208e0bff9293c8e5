package dev.readyservice.azure;

/**
 * Full resource ids of an Application Gateway's sub-resources. Inside one gateway, listeners,
 * rules and settings refer to each other by these ids, which must be known before the gateway
 * exists; they are built from the deterministic subscription, group and gateway names.
 *
 * @param subscriptionId    subscription
 * @param resourceGroupName resource group name ({@link AzureNames#resourceGroupName})
 * @param gatewayName       gateway name ({@link AzureNames#applicationGatewayName})
 */
public record GatewayIds(String subscriptionId, String resourceGroupName, String gatewayName) {

    /** @return the gateway's own id */
    public String gateway() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroupName
                + "/providers/Microsoft.Network/applicationGateways/" + gatewayName;
    }

    /** @return id of a frontend IP configuration */
    public String frontendIpConfiguration(String name) {
        return child("frontendIPConfigurations", name);
    }

    /** @return id of a frontend port */
    public String frontendPort(String name) {
        return child("frontendPorts", name);
    }

    /** @return id of an SSL certificate */
    public String sslCertificate(String name) {
        return child("sslCertificates", name);
    }

    /** @return id of an HTTP listener */
    public String httpListener(String name) {
        return child("httpListeners", name);
    }

    /** @return id of a backend address pool */
    public String backendAddressPool(String name) {
        return child("backendAddressPools", name);
    }

    /** @return id of backend HTTP settings */
    public String backendHttpSettings(String name) {
        return child("backendHttpSettingsCollection", name);
    }

    /** @return id of a health probe */
    public String probe(String name) {
        return child("probes", name);
    }

    /** @return id of a URL path map */
    public String urlPathMap(String name) {
        return child("urlPathMaps", name);
    }

    /** @return id of a redirect configuration */
    public String redirectConfiguration(String name) {
        return child("redirectConfigurations", name);
    }

    private String child(String collection, String name) {
        return gateway() + "/" + collection + "/" + name;
    }
}
