/**
 * PRR item {@code quality.qa-environment}: whether the QA stack mirrors prod.
 *
 * <p>{@link dev.readyservice.evidence.qaenv.QaParityCheck} reads {@code Pulumi.qa.yaml} and
 * {@code Pulumi.prod.yaml} as plain YAML (this package knows nothing of the component or the bundled
 * program, so any project that follows the same config layout is judged the same way), walks both
 * {@code config:} maps side by side and classifies every key that differs with
 * {@link dev.readyservice.evidence.qaenv.ParityRules}: a QA stack may be smaller, cheaper and less
 * durable than prod, and it pages its own people, but it must run the same product, the same
 * components, the same SLOs, the same paging design and the same data design, or it validates
 * something other than what prod will run.
 *
 * <p>Secrets ({@code {secure: ...}} values) are never compared, rendered or logged: their cipher
 * text differs per stack by design, and only whether a secret is set is compared.
 */
package dev.readyservice.evidence.qaenv;
