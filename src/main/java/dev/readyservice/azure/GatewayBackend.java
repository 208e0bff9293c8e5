package dev.readyservice.azure;

import com.pulumi.core.Output;

/**
 * One customer-facing component as the Application Gateway routes to it.
 *
 * @param component       component slug; also the path prefix {@code /<component>/*}
 * @param healthCheckPath path the gateway probes
 * @param hostName        the web app's default host name ({@link ComputeFactory.Result#defaultHostName()})
 */
public record GatewayBackend(String component, String healthCheckPath, Output<String> hostName) {
}
