/**
 * What a real {@code pulumi preview} returns as a resource's outputs, modelled without a provider:
 * {@link dev.readyservice.review.outputs.PreviewOutputs#outputs} is the one implementation, used by
 * the offline engine (for {@code AnalyzeStack} and {@code getResource}) and meant for a stand-in
 * provider too. It knows providers only as Pulumi packages (their type tokens, the azure-native
 * Java SDK's classes, the bridged providers' schemas), never the component or our integrations.
 * docs/fidelity.md describes the model and what it leaves out.
 */
package dev.readyservice.review.outputs;
