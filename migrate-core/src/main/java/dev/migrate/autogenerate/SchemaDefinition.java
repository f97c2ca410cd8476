package dev.migrate.autogenerate;

import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.schema.RenameHint;

/**
 * The desired schema as migrate's own operations, for applications without JPA entities
 * (plain JDBC, jOOQ): {@code db check} and {@code db migrate} run {@link #define} on an
 * empty shadow database and compare what it built with the schema the revisions build.
 * Declare it as a bean; {@code migrate.model.source=bean} picks it, and it is picked by
 * itself when no schema file is configured. <pre class="code">
 * &#064;Bean
 * SchemaDefinition schema() {
 *     return (op) -&gt; {
 *         op.createTable("account",
 *                 column("id", BIGINT).identity().primaryKey(),
 *                 column("email", varchar(255)).notNull());
 *         op.createUniqueIndex("account", "email");
 *     };
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SchemaDefinition {

	/**
	 * Create the desired schema, as the upgrade of a first revision would.
	 * @param op the operations, executed in the shadow database as they are made
	 */
	void define(Operations op);

	/**
	 * The tables and columns that were renamed: they are renamed instead of dropped and
	 * added again. A rename the current schema has already does nothing; one that matches
	 * neither name is an error.
	 * @return the renames, such as
	 * {@code RenameHint.column("account", "name", "full_name")}; none by default
	 */
	default List<RenameHint> renames() {
		return List.of();
	}

}
