package dev.migrate.autoconfigure.jpa;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Names of tables and columns as the database stores them, so that they compare with the
 * inspected schema: Hibernate's physical names, cased as the target database cases
 * unquoted and quoted identifiers.
 */
final class StoredNames {

	private final IdentifierHelper identifiers;

	StoredNames(Metadata metadata) {
		this.identifiers = metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper();
	}

	String of(Table table) {
		return of(Identifier.toIdentifier(table.getName(), table.isQuoted()));
	}

	String of(Column column) {
		return of(Identifier.toIdentifier(column.getName(), column.isQuoted()));
	}

	/**
	 * A name as written in a mapping, quoted with backticks or double quotes or not.
	 */
	String of(String name) {
		return of(this.identifiers.toIdentifier(name));
	}

	private String of(Identifier identifier) {
		return this.identifiers.toMetaDataObjectName(identifier);
	}

}
