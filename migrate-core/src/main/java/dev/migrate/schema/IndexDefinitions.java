package dev.migrate.schema;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.IndexColumn;
import dev.migrate.ops.Operation;

/**
 * The operations that create and drop a model index. {@link CreateIndex} takes columns
 * and expressions, ascending or descending, with their nulls order and prefix lengths,
 * and a predicate; an index of a method other than the default is created by its SQL in
 * the dialect at hand, and dropped by name.
 */
final class IndexDefinitions {

	private static final Set<String> DEFAULT_METHODS = Set.of("btree");

	private static final Set<String> KEYWORD_METHODS = Set.of("fulltext", "spatial");

	private final Dialect dialect;

	IndexDefinitions(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * The operation that creates an index.
	 * @param table the table
	 * @param index the index
	 * @return the operation
	 */
	Operation create(String table, Index index) {
		return expressible(index) ? new CreateIndex(index.name(), table,
				index.keys().stream().map(IndexDefinitions::column).toList(), index.unique(), index.predicate())
				: new ExecuteSql(sql(table, index));
	}

	private static IndexColumn column(IndexKey key) {
		Boolean nullsFirst = key.nullsFirst();
		IndexColumn.Nulls nulls = (nullsFirst == null) ? null
				: nullsFirst ? IndexColumn.Nulls.FIRST : IndexColumn.Nulls.LAST;
		return new IndexColumn(key.column(), key.expression(), key.descending(), nulls, key.prefixLength());
	}

	/**
	 * The operation that drops an index; the reverse of {@link #create}.
	 * @param table the table
	 * @param index the index
	 * @return the operation
	 */
	DropIndex drop(String table, Index index) {
		Operation create = create(table, index);
		return new DropIndex(index.name(), table, (create instanceof CreateIndex definition) ? definition : null);
	}

	/**
	 * The change that creates an index.
	 * @param table the table
	 * @param index the index
	 * @param description what changes
	 * @return the change
	 */
	SchemaChange createChange(String table, Index index, String description) {
		Operation create = create(table, index);
		return new SchemaChange(create, drop(table, index), description, Set.of());
	}

	/**
	 * The change that drops an index.
	 * @param table the table
	 * @param index the index
	 * @param description what changes
	 * @return the change
	 */
	SchemaChange dropChange(String table, Index index, String description) {
		return new SchemaChange(drop(table, index), create(table, index), description, Set.of());
	}

	/**
	 * An index's keys, predicate and method, for descriptions.
	 * @param index the index
	 * @return the description
	 */
	static String describe(Index index) {
		String keys = index.keys().stream().map(IndexDefinitions::key).collect(Collectors.joining(", ", "(", ")"));
		return (index.unique() ? "unique index " : "index ") + index.name() + " " + keys
				+ ((index.predicate() != null) ? " where " + Descriptions.oneLine(index.predicate()) : "")
				+ ((index.method() != null && !DEFAULT_METHODS.contains(index.method())) ? " using " + index.method()
						: "");
	}

	private static String key(IndexKey key) {
		String target = (key.column() != null) ? key.column() : "(" + key.expression() + ")";
		return target + ((key.prefixLength() != null) ? "(" + key.prefixLength() + ")" : "")
				+ (key.descending() ? " desc" : "") + nulls(key).toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether {@link CreateIndex} can create the index: one of the default method.
	 */
	private static boolean expressible(Index index) {
		String method = index.method();
		return method == null || DEFAULT_METHODS.contains(method);
	}

	private String sql(String table, Index index) {
		String method = index.method();
		boolean keywordMethod = method != null && KEYWORD_METHODS.contains(method);
		StringBuilder sql = new StringBuilder("CREATE ");
		if (index.unique()) {
			sql.append("UNIQUE ");
		}
		if (keywordMethod) {
			sql.append(method.toUpperCase(Locale.ROOT)).append(' ');
		}
		sql.append("INDEX ").append(this.dialect.quote(index.name()));
		sql.append(" ON ").append(this.dialect.quoteQualified(table));
		if (method != null && !keywordMethod && !DEFAULT_METHODS.contains(method)) {
			sql.append(" USING ").append(method);
		}
		sql.append(index.keys().stream().map(this::keySql).collect(Collectors.joining(", ", " (", ")")));
		if (index.predicate() != null) {
			sql.append(" WHERE ").append(index.predicate());
		}
		return sql.toString();
	}

	private String keySql(IndexKey key) {
		String target = (key.column() != null) ? this.dialect.quote(key.column()) : "(" + key.expression() + ")";
		return target + ((key.prefixLength() != null) ? "(" + key.prefixLength() + ")" : "")
				+ (key.descending() ? " DESC" : "") + nulls(key);
	}

	private static String nulls(IndexKey key) {
		Boolean nullsFirst = key.nullsFirst();
		return (nullsFirst == null) ? "" : nullsFirst ? " NULLS FIRST" : " NULLS LAST";
	}

}
