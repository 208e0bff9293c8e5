/**
 * Runs the real Pulumi CLI's {@code pulumi preview --policy-pack} for {@code prr review --engine pulumi}
 * and {@code prr bench}: finds the CLI, decides how it is to start the Node.js policy pack, and runs
 * it through {@link dev.readyservice.review.launch.ProgramProcess} (so nothing it starts outlives
 * the review), with the pack's evidence folder set. Reading that folder is the pipeline's job.
 */
package dev.readyservice.review.realengine;
