package dev.migrate.autoconfigure.jpa;

import java.util.List;

import dev.migrate.schema.RenameHint;

/**
 * The schema of an application's JPA entities for one database: the DDL that creates it
 * and the renames the entities declare with
 * {@link dev.migrate.annotations.RenamedFrom @RenamedFrom}.
 *
 * @param createStatements the statements that create the tables, sequences, constraints
 * and indexes in an empty schema, in the order Hibernate runs them (foreign keys last),
 * without delimiters
 * @param renameHints the renames, in the names the database stores
 * @param initialValues the values Java gives {@code NOT NULL} columns that have no
 * database default
 */
public record JpaSchema(List<String> createStatements, List<RenameHint> renameHints,
		List<JavaInitialValue> initialValues) {

	public JpaSchema {
		createStatements = List.copyOf(createStatements);
		renameHints = List.copyOf(renameHints);
		initialValues = List.copyOf(initialValues);
	}

}
