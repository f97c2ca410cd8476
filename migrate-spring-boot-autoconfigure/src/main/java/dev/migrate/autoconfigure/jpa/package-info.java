/**
 * The desired schema of a Spring Boot application's JPA entities, built with Hibernate's
 * own schema tooling from the entities and naming Spring Boot would give the
 * EntityManagerFactory, without starting it and without a database connection.
 */
@NullMarked
package dev.migrate.autoconfigure.jpa;

import org.jspecify.annotations.NullMarked;
