/**
 * Our own bindings of azure-native resources the official Java SDK (azure-native 2.10.0 on
 * pulumi-java 1.36.1) cannot read back: same type token, same inputs (the official {@code Args}
 * classes), same resource options, fewer typed outputs. Each class says why it exists and when to
 * drop it.
 */
package dev.readyservice.azure.bindings;
