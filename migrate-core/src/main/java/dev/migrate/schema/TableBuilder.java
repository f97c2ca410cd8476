package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parts of one {@link Table} while an inspector reads them.
 */
final class TableBuilder {

	private final String name;

	private final @Nullable String comment;

	private final List<Column> columns = new ArrayList<>();

	private @Nullable PrimaryKey primaryKey;

	private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();

	private final List<ForeignKey> foreignKeys = new ArrayList<>();

	private final List<CheckConstraint> checkConstraints = new ArrayList<>();

	private final List<Index> indexes = new ArrayList<>();

	TableBuilder(String name, @Nullable String comment) {
		this.name = name;
		this.comment = comment;
	}

	String name() {
		return this.name;
	}

	List<ForeignKey> foreignKeys() {
		return this.foreignKeys;
	}

	void addColumn(Column column) {
		this.columns.add(column);
	}

	void primaryKey(PrimaryKey primaryKey) {
		this.primaryKey = primaryKey;
	}

	void addUniqueConstraint(UniqueConstraint unique) {
		this.uniqueConstraints.add(unique);
	}

	void addForeignKey(ForeignKey foreignKey) {
		this.foreignKeys.add(foreignKey);
	}

	void addCheckConstraint(CheckConstraint check) {
		this.checkConstraints.add(check);
	}

	void addIndex(Index index) {
		this.indexes.add(index);
	}

	Table build() {
		return new Table(this.name, this.columns, this.primaryKey, this.uniqueConstraints, this.foreignKeys,
				this.checkConstraints, this.indexes, this.comment);
	}

}
