/**
 * {@code prr bench}: measures the offline review of generated products of N components against the
 * floor (the same program under {@code PulumiTest} mocks, no engine, no policy pack), and writes
 * {@code docs/benchmarks.md}. Every measured run is a child process, so JVM start counts on both sides.
 */
package dev.readyservice.bench;
