package dev.migrate.ops;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema of the live database as {@link Operations#inspect()} read it, for migrations
 * that change only what is not there yet: <pre class="code">
 * if (!op.inspect().hasTable("audit_log")) {
 *     op.createTable("audit_log", column("id", BIGINT).identity().primaryKey());
 * }
 * </pre> It is read from the catalogs by the same inspector autogenerate uses, on the
 * migration's own connection and transaction, so it holds what the operations before the
 * call did; migrate's own tables are left out. A name is found as written or, when only
 * one name matches it without regard to case, in the case the database folds unquoted
 * names to ({@code account} finds H2's {@code ACCOUNT}).
 */
public final class InspectedSchema {

	private final List<InspectedTable> tables;

	private final Set<String> enumTypes;

	private final Set<String> sequences;

	/**
	 * Create a new {@link InspectedSchema} instance.
	 * @param tables the tables
	 * @param enumTypes the names of the enum types (PostgreSQL)
	 * @param sequences the names of the sequences, without those of identity and serial
	 * columns
	 */
	public InspectedSchema(Collection<InspectedTable> tables, Collection<String> enumTypes,
			Collection<String> sequences) {
		this.tables = List.copyOf(tables);
		this.enumTypes = Set.copyOf(enumTypes);
		this.sequences = Set.copyOf(sequences);
	}

	/**
	 * The tables, sorted by name.
	 * @return the tables
	 */
	public List<InspectedTable> tables() {
		return this.tables;
	}

	/**
	 * The table of the given name.
	 * @param name the table name
	 * @return the table, or empty when there is none
	 */
	public Optional<InspectedTable> table(String name) {
		return InspectedNames.find(this.tables, InspectedTable::name, name);
	}

	/**
	 * Whether a table exists.
	 * @param name the table name
	 * @return {@code true} when it does
	 */
	public boolean hasTable(String name) {
		return table(name).isPresent();
	}

	/**
	 * Whether a table exists and has a column.
	 * @param table the table name
	 * @param column the column name
	 * @return {@code true} when both do
	 */
	public boolean hasColumn(String table, String column) {
		return table(table).flatMap((found) -> found.column(column)).isPresent();
	}

	/**
	 * Whether a table exists and has an index declared with {@code CREATE INDEX}; the
	 * indexes a database makes for its constraints are not counted.
	 * @param table the table name
	 * @param index the index name
	 * @return {@code true} when both do
	 */
	public boolean hasIndex(String table, String index) {
		return table(table).flatMap((found) -> found.index(index)).isPresent();
	}

	/**
	 * Whether a table exists and has a constraint (primary key, unique, foreign key or
	 * check).
	 * @param table the table name
	 * @param constraint the constraint name
	 * @return {@code true} when both do
	 */
	public boolean hasConstraint(String table, String constraint) {
		return table(table).flatMap((found) -> found.constraint(constraint)).isPresent();
	}

	/**
	 * Whether an enum type exists (PostgreSQL; MariaDB and H2 enums are column types).
	 * @param name the type name
	 * @return {@code true} when it does
	 */
	public boolean hasEnumType(String name) {
		return InspectedNames.find(this.enumTypes, (type) -> type, name).isPresent();
	}

	/**
	 * Whether a sequence exists; those of identity and serial columns are not counted.
	 * @param name the sequence name
	 * @return {@code true} when it does
	 */
	public boolean hasSequence(String name) {
		return InspectedNames.find(this.sequences, (sequence) -> sequence, name).isPresent();
	}

}
