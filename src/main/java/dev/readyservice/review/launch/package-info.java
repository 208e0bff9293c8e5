/**
 * Starts a Pulumi Java program as the Java language host does ({@code java -jar <binary>}, or a Maven
 * build then {@code java -cp}), and guarantees no process outlives the review.
 */
package dev.readyservice.review.launch;
