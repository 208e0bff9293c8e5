/**
 * Runs a built Pulumi policy pack and drives it over the Pulumi {@code Analyzer} gRPC protocol, as
 * the Pulumi engine does during {@code pulumi preview --policy-pack}.
 *
 * <p>This is the only package that uses the client side of {@code pulumirpc.AnalyzerGrpc}. Entry
 * point: {@link dev.readyservice.analyzer.PolicyPackLaunch}, which starts the pack while the
 * program runs.
 */
package dev.readyservice.analyzer;
