/**
 * JMH benchmarks of the generated clients, each beside the reference it is judged against: parsing
 * and writing against hand-written Jackson records with the same fields, calls on loopback against
 * bare {@code java.net.http}, SSE decoding against a line loop with {@code readTree}. Run by
 * {@link dev.clientsmith.benchmarks.PerformanceReport}, never by the test run.
 */
package dev.clientsmith.benchmarks.jmh;
