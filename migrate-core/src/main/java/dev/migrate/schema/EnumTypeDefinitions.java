package dev.migrate.schema;

import java.util.Set;
import java.util.stream.Collectors;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.ExecuteSql;

/**
 * The SQL that creates and drops a PostgreSQL enum type, for which the operations API has
 * no operation yet.
 */
final class EnumTypeDefinitions {

	private final Dialect dialect;

	EnumTypeDefinitions(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * The change that creates an enum type.
	 * @param type the type
	 * @return the change
	 */
	SchemaChange createChange(EnumType type) {
		return new SchemaChange(create(type), drop(type), "add enum type " + describe(type), Set.of());
	}

	/**
	 * The change that drops an enum type.
	 * @param type the type
	 * @return the change
	 */
	SchemaChange dropChange(EnumType type) {
		return new SchemaChange(drop(type), create(type), "drop enum type " + describe(type), Set.of());
	}

	/**
	 * An enum type with its values, such as {@code mood ('happy', 'sad')}.
	 * @param type the type
	 * @return the description
	 */
	static String describe(EnumType type) {
		return type.name() + " "
				+ type.values().stream().map((value) -> "'" + value + "'").collect(Collectors.joining(", ", "(", ")"));
	}

	private ExecuteSql create(EnumType type) {
		return new ExecuteSql("CREATE TYPE " + this.dialect.quoteQualified(type.name()) + " AS ENUM "
				+ type.values().stream().map(this.dialect::literal).collect(Collectors.joining(", ", "(", ")")));
	}

	private ExecuteSql drop(EnumType type) {
		return new ExecuteSql("DROP TYPE " + this.dialect.quoteQualified(type.name()));
	}

}
