package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.SqlType;

/**
 * Hand-built schema models for the differ's tests, with PostgreSQL's canonical texts.
 */
final class TestModels {

	static final ColumnType INTEGER = new ColumnType("integer", SqlType.INTEGER);

	static final ColumnType BIGINT = new ColumnType("bigint", SqlType.BIGINT);

	static final ColumnType TEXT = new ColumnType("text", SqlType.TEXT);

	private TestModels() {
	}

	static ColumnType varchar(int length) {
		return new ColumnType("character varying(" + length + ")", SqlType.varchar(length));
	}

	static Column column(String name, ColumnType type) {
		return Column.of(name, type);
	}

	static Column notNull(String name, ColumnType type) {
		return new Column(name, type, false, null, null, null, null, null);
	}

	static Column id() {
		return new Column("id", BIGINT, false, null, Identity.of(Identity.Generation.BY_DEFAULT), null, null, null);
	}

	static ForeignKey foreignKey(String name, String column, String referencedTable) {
		return ForeignKey.of(name, List.of(column), referencedTable, List.of("id"), ForeignKeyAction.NO_ACTION,
				ForeignKeyAction.NO_ACTION);
	}

	static Index index(String name, String... columns) {
		return new Index(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), false, null, "btree");
	}

	static SchemaModel schema(Table... tables) {
		return SchemaModel.of(List.of(tables), List.of(), List.of());
	}

	/**
	 * A table builder:
	 * {@code table("orders").columns(id(), ...).foreignKeys(...).build()}.
	 */
	static Builder table(String name) {
		return new Builder(name);
	}

	static final class Builder {

		private final String name;

		private List<Column> columns = new ArrayList<>();

		private @Nullable PrimaryKey primaryKey;

		private List<UniqueConstraint> uniques = List.of();

		private List<ForeignKey> foreignKeys = List.of();

		private List<CheckConstraint> checks = List.of();

		private List<Index> indexes = List.of();

		private @Nullable String comment;

		Builder(String name) {
			this.name = name;
		}

		Builder columns(Column... columns) {
			this.columns = List.of(columns);
			return this;
		}

		Builder primaryKey(String... columns) {
			this.primaryKey = new PrimaryKey(this.name + "_pkey", List.of(columns));
			return this;
		}

		Builder uniques(UniqueConstraint... uniques) {
			this.uniques = List.of(uniques);
			return this;
		}

		Builder foreignKeys(ForeignKey... foreignKeys) {
			this.foreignKeys = List.of(foreignKeys);
			return this;
		}

		Builder checks(CheckConstraint... checks) {
			this.checks = List.of(checks);
			return this;
		}

		Builder indexes(Index... indexes) {
			this.indexes = List.of(indexes);
			return this;
		}

		Builder comment(String comment) {
			this.comment = comment;
			return this;
		}

		Table build() {
			return new Table(this.name, this.columns, this.primaryKey, this.uniques, this.foreignKeys, this.checks,
					this.indexes, this.comment);
		}

	}

}
