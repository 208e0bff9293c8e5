package dev.readyservice.pipeline;

/** Which engine previews the program for a review ({@code prr review --engine}). */
public enum Engine {
    /** The offline engine: no cloud, no Pulumi CLI (the default). */
    OFFLINE,
    /** The real Pulumi CLI's {@code pulumi preview --policy-pack}, with the user's backend and credentials. */
    PULUMI
}
