/**
 * The programs the benchmark times, one per Java tool, each run in a cold JVM with only
 * its tool and the PostgreSQL driver on the class path. Each takes
 * {@code <action> <jdbc-url> <user> <revisions-directory>}.
 */
@NullMarked
package dev.migrate.benchmarks.tools;

import org.jspecify.annotations.NullMarked;
