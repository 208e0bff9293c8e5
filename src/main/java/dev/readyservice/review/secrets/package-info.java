/**
 * Credentials in a project's config: which values look like one ({@link dev.readyservice.review.secrets.CredentialPatterns}),
 * which plain config keys hold one ({@link dev.readyservice.review.secrets.ConfigSecrets}), and the one
 * masking function every output of the review goes through ({@link dev.readyservice.review.secrets.SecretMask}).
 */
package dev.readyservice.review.secrets;
