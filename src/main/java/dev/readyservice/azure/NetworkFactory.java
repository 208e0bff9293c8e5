package dev.readyservice.azure;

import com.pulumi.azurenative.network.Subnet;
import com.pulumi.azurenative.network.SubnetArgs;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.network.inputs.ServiceEndpointPropertiesFormatArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * The product's virtual network and the Application Gateway's dedicated subnet. The subnet has a
 * {@code Microsoft.Web} service endpoint so that customer-facing web apps can accept traffic from
 * the gateway's subnet only (see {@link ComputeFactory}).
 */
public final class NetworkFactory {

    /** Address space of the product's virtual network. */
    public static final String VNET_ADDRESS_SPACE = "10.0.0.0/16";

    /** The gateway's subnet (Application Gateway v2 needs a subnet of its own). */
    public static final String GATEWAY_SUBNET_PREFIX = "10.0.0.0/24";

    /** Service endpoint that lets App Service access restrictions recognise the gateway's subnet. */
    public static final String WEB_SERVICE_ENDPOINT = "Microsoft.Web";

    private NetworkFactory() {
    }

    /**
     * What callers need from the network.
     *
     * @param virtualNetwork the virtual network
     * @param gatewaySubnet  the gateway's subnet
     */
    public record Result(VirtualNetwork virtualNetwork, Subnet gatewaySubnet) {

        /** @return the gateway subnet's id, for the gateway and the web apps' access restrictions */
        public Output<String> gatewaySubnetId() {
            return gatewaySubnet.id();
        }
    }

    /**
     * Creates {@code <prefix>-vnet} and {@code <prefix>-gateway-subnet}.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param product           the product
     * @param resourceGroupName group
     * @param tags              tags of the virtual network
     * @return the network
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            Map<String, String> tags) {
        VirtualNetwork vnet = new VirtualNetwork(prefix + "-vnet", VirtualNetworkArgs.builder()
                .resourceGroupName(resourceGroupName)
                .location(product.location())
                .addressSpace(AddressSpaceArgs.builder().addressPrefixes(List.of(VNET_ADDRESS_SPACE)).build())
                // Subnets are separate resources; declaring them here too would make each update fight the other.
                .tags(tags)
                .build(), AzureResourceOptions.child(parent));
        Subnet subnet = new Subnet(prefix + "-gateway-subnet", SubnetArgs.builder()
                .resourceGroupName(resourceGroupName)
                .virtualNetworkName(vnet.name())
                .addressPrefix(GATEWAY_SUBNET_PREFIX)
                .serviceEndpoints(ServiceEndpointPropertiesFormatArgs.builder().service(WEB_SERVICE_ENDPOINT).build())
                .build(), AzureResourceOptions.child(parent));
        return new Result(vnet, subnet);
    }
}
