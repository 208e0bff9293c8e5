/**
 * Stand-in resource providers for running the <em>real</em> Pulumi engine without the cloud.
 *
 * <p>The azure-native, datadog and pagerduty provider plugins cannot be built or downloaded on our
 * machines, so conformance tests attach these gRPC {@code ResourceProvider}s to the real
 * {@code pulumi} CLI with {@code PULUMI_DEBUG_PROVIDERS=azure-native:PORT,datadog:PORT,pagerduty:PORT}.
 * They are <strong>stand-ins</strong>: they let the real engine and the policy pack run over our
 * programs, which tests our engine model and the pack against the real engine; they prove nothing
 * about Azure, Datadog or PagerDuty. Nothing in the review path ({@code review}, {@code analyzer},
 * {@code report}, {@code pipeline}) may depend on this package.
 */
package dev.readyservice.standin;
