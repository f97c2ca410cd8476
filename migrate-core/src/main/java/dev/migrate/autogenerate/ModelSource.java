package dev.migrate.autogenerate;

import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHint;
import dev.migrate.schema.SchemaChange;

/**
 * Where the desired schema comes from: a schema file, JPA entities or operations of the
 * application. A source creates that schema in an empty database; what it created is then
 * inspected like the database the revisions build, so both sides are read the same way.
 */
public interface ModelSource {

	/**
	 * Create the desired schema in an empty shadow database.
	 * @param shadow the database, empty
	 * @param dialect the dialect of its server
	 * @throws dev.migrate.MigrateException when the schema cannot be created, naming what
	 * failed
	 */
	void create(ShadowDatabase shadow, Dialect dialect);

	/**
	 * What the source is, for messages, such as
	 * {@code schema file classpath:db/schema.sql}.
	 * @return a few words
	 */
	String describe();

	/**
	 * The renames the model declares: the comparison renames these tables and columns
	 * instead of dropping and adding them. A hint that matches nothing is an error. The
	 * comparison asks after {@link #create}, so a source may name the hints as the schema
	 * it created last names them.
	 * @return the hints, none by default
	 * @throws dev.migrate.MigrateException when the model's hints cannot be read
	 */
	default List<RenameHint> renameHints() {
		return List.of();
	}

	/**
	 * How to declare a rename in this source, for the message that lists the possible
	 * renames of a comparison.
	 * @param rename the rename
	 * @return the exact hint to add, and where
	 */
	default String howToDeclare(RenameHint rename) {
		return "declare the rename " + rename + " in the " + describe();
	}

	/**
	 * Warnings the model has about a change, beyond what the schemas tell, for the
	 * comment of the generated revision: such as a new {@code NOT NULL} column whose
	 * value the application sets in code while the database has no default for the rows
	 * that exist.
	 * @param change a change from the schema the revisions build to the model's
	 * @return the warnings, each one line; none by default
	 */
	default List<String> warnings(SchemaChange change) {
		return List.of();
	}

	/**
	 * What the application would find wrong in a schema it is started on, such as
	 * Hibernate's {@code ddl-auto=validate} failing on a missing column.
	 * @param schema the database to look at, holding the schema the revisions build
	 * @param dialect the dialect of its server
	 * @return the problems, none by default or when the application would start
	 */
	default List<String> validate(ShadowDatabase schema, Dialect dialect) {
		return List.of();
	}

}
