/**
 * Tools that show where migrate's time goes: JDBC calls counted and timed, phases timed
 * in a cold JVM, and JFR execution samples grouped by what the code was doing. Run them
 * with {@code benchmarks/profile}.
 */
@NullMarked
package dev.migrate.benchmarks.profile;

import org.jspecify.annotations.NullMarked;
