/**
 * A benchmark that times migrate against plain JDBC, Flyway, Liquibase and Alembic, each
 * tool in a cold process of its own, on one local PostgreSQL server. Run it with
 * {@code benchmarks/run}.
 */
@NullMarked
package dev.migrate.benchmarks;

import org.jspecify.annotations.NullMarked;
