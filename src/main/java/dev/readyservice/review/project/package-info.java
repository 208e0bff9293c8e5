/** Reads a Pulumi project ({@code Pulumi.yaml}) and a stack's config ({@code Pulumi.<stack>.yaml}) as the CLI would. */
package dev.readyservice.review.project;
