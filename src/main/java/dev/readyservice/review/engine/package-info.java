/**
 * The embedded Pulumi engine: serves {@code pulumirpc.ResourceMonitor} and {@code pulumirpc.Engine}
 * over gRPC on 127.0.0.1 and answers a program's calls as {@code pulumi preview} would, without
 * any provider or cloud. This is the only package that touches the engine-side gRPC services.
 */
package dev.readyservice.review.engine;
