package dev.migrate.autogenerate;

import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHint;

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
	 * The renames the model declares, named as the schema {@link #create} made last names
	 * them, so that the comparison renames instead of dropping and adding.
	 * @return the hints, none unless the source declares renames
	 */
	default List<RenameHint> renameHints() {
		return List.of();
	}

	/**
	 * What the source is, for messages, such as
	 * {@code schema file classpath:db/schema.sql}.
	 * @return a few words
	 */
	String describe();

}
