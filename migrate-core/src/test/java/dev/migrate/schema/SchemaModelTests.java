package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.SqlType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the schema model records.
 */
class SchemaModelTests {

	private static final ColumnType INTEGER = new ColumnType("integer", SqlType.INTEGER);

	@Test
	void tablesEqualWhateverOrderTheCatalogGaveTheirConstraintsAndIndexes() {
		Table one = table(List.of(unique("b_key"), unique("a_key")), List.of(index("ix_b"), index("ix_a")));
		Table other = table(List.of(unique("a_key"), unique("b_key")), List.of(index("ix_a"), index("ix_b")));
		assertThat(one).isEqualTo(other);
		assertThat(one.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly("a_key", "b_key");
	}

	@Test
	void columnOrderIsPartOfTheTable() {
		Column a = Column.of("a", INTEGER);
		Column b = Column.of("b", INTEGER);
		assertThat(Table.of("t", List.of(a, b))).isNotEqualTo(Table.of("t", List.of(b, a)));
	}

	@Test
	void modelsEqualWhateverOrderTheTablesCameIn() {
		Table a = Table.of("a", List.of(Column.of("id", INTEGER)));
		Table b = Table.of("b", List.of(Column.of("id", INTEGER)));
		SchemaModel model = SchemaModel.of(List.of(b, a), List.of(), List.of());
		assertThat(model).isEqualTo(SchemaModel.of(List.of(a, b), List.of(), List.of()));
		assertThat(model.tables().keySet()).containsExactly("a", "b");
		assertThat(model.table("a")).isSameAs(a);
		assertThat(model.table("missing")).isNull();
	}

	@Test
	void tableFindsColumnsByName() {
		Column id = Column.of("id", INTEGER);
		Table table = Table.of("t", List.of(id));
		assertThat(table.column("id")).isSameAs(id);
		assertThat(table.column("ID")).isNull();
	}

	@Test
	void indexGivesPlainColumnsOnlyWhenEveryKeyIsAnAscendingWholeColumn() {
		Index plain = new Index("ix", List.of(IndexKey.column("a"), IndexKey.column("b")), false, null, "btree");
		Index descending = new Index("ix", List.of(IndexKey.column("a").desc()), false, null, "btree");
		Index expression = new Index("ix", List.of(IndexKey.expression("lower(a)")), false, null, "btree");
		assertThat(plain.plainColumns()).containsExactly("a", "b");
		assertThat(descending.plainColumns()).isNull();
		assertThat(expression.plainColumns()).isNull();
		assertThat(new Index("ix", List.of(IndexKey.column("a").withNullsFirst(true)), false, null, "btree")
			.plainColumns()).isNull();
		assertThat(expression.keys().get(0).isExpression()).isTrue();
	}

	@Test
	void indexKeyIsEitherAColumnOrAnExpression() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IndexKey("a", "lower(a)", false, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndexKey(null, null, false, null));
	}

	@Test
	void foreignKeyNeedsAsManyReferencedColumnsAsColumns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ForeignKey.of("fk", List.of("a", "b"), "parent", List.of("id"),
					ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION))
			.withMessageContaining("fk");
	}

	@Test
	void rawColumnTypeCreatesTheCanonicalTextAsWritten() {
		ColumnType type = ColumnType.raw("text[]");
		assertThat(type.sqlType()).isEqualTo(SqlType.raw("text[]"));
		assertThat(Column.of("tags", type).isIdentity()).isFalse();
	}

	private static Table table(List<UniqueConstraint> uniques, List<Index> indexes) {
		return new Table("t", List.of(Column.of("a", INTEGER), Column.of("b", INTEGER)),
				new PrimaryKey("t_pkey", List.of("a")), uniques, List.of(), List.of(), indexes, null);
	}

	private static UniqueConstraint unique(String name) {
		return new UniqueConstraint(name, List.of("a"));
	}

	private static Index index(String name) {
		return new Index(name, List.of(IndexKey.column("b")), false, null, "btree");
	}

}
