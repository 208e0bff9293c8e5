/**
 * Deploys a stack and proves it can be redeployed within budget (PRR item
 * {@code quality.redeploy-time}).
 *
 * <p>{@link dev.readyservice.deploy.RedeployTimer} checks every precondition first (Pulumi CLI,
 * provider credentials, secrets passphrase), then runs {@code pulumi up} twice through
 * {@link dev.readyservice.deploy.StackOperations} and writes a
 * {@link dev.readyservice.deploy.RedeployRecord}. The PRR report reads that record back with
 * {@link dev.readyservice.deploy.RedeployRecord#assess(java.nio.file.Path, java.time.Clock, java.time.Duration)}.
 * Only {@link dev.readyservice.deploy.AutomationStackOperations} touches the Pulumi Automation API,
 * so everything else is tested without a Pulumi CLI or a cloud.
 */
package dev.readyservice.deploy;
