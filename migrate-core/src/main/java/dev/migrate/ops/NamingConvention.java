package dev.migrate.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The names given to indexes and constraints created without one: {@code pk_TABLE},
 * {@code ix_TABLE_COLUMNS}, {@code uq_TABLE_COLUMNS}, {@code fk_TABLE_COLUMN_REFERRED}
 * (the first column) and {@code ck_TABLE_HASH} (of the expression), where columns are
 * joined by {@code _}. Only the table part of a {@code schema.table} name is used. Names
 * longer than {@value #MAX_LENGTH} characters (the PostgreSQL limit) are cut and end with
 * a hash of the full name, so they stay unique and deterministic.
 */
public final class NamingConvention {

	/**
	 * The longest name produced.
	 */
	public static final int MAX_LENGTH = 63;

	private static final int HASH_LENGTH = 8;

	private NamingConvention() {
	}

	/**
	 * The name of the primary key of a table.
	 * @param table the table
	 * @return {@code pk_<table>}
	 */
	public static String primaryKey(String table) {
		return name("pk", tableName(table));
	}

	/**
	 * The name of an index.
	 * @param table the table
	 * @param columns the indexed columns
	 * @return {@code ix_<table>_<column>…}
	 */
	public static String index(String table, List<String> columns) {
		return name("ix", tableName(table), String.join("_", columns));
	}

	/**
	 * The name of a unique constraint.
	 * @param table the table
	 * @param columns the unique columns
	 * @return {@code uq_<table>_<column>…}
	 */
	public static String unique(String table, List<String> columns) {
		return name("uq", tableName(table), String.join("_", columns));
	}

	/**
	 * The name of a foreign key.
	 * @param table the referencing table
	 * @param columns the referencing columns
	 * @param referredTable the referenced table
	 * @return {@code fk_<table>_<first column>_<referred table>}
	 */
	public static String foreignKey(String table, List<String> columns, String referredTable) {
		return name("fk", tableName(table), columns.get(0), tableName(referredTable));
	}

	/**
	 * The name of a check constraint: the expression, with its whitespace collapsed, is
	 * hashed.
	 * @param table the table
	 * @param expression the SQL condition
	 * @return {@code ck_<table>_<hash>}
	 */
	public static String check(String table, String expression) {
		return name("ck", tableName(table), hash(expression.strip().replaceAll("\\s+", " ")));
	}

	private static String name(String... parts) {
		String name = String.join("_", parts).toLowerCase(Locale.ROOT);
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		return name.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "_" + hash(name);
	}

	private static String tableName(String table) {
		return table.substring(table.lastIndexOf('.') + 1);
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
