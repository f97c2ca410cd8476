package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Change a column's type, nullability, server default or comment; each is optional
 * ({@code null} leaves it unchanged). The {@code existing*} components describe the
 * column before the change: {@link #reverse()} swaps them with the changes, and MariaDB,
 * which rewrites the whole column, needs them. An existing default or comment that is not
 * given is taken as none. Build one with the withers: <pre class="code">
 * op.alterColumn("account", "email", (c) -&gt; c.type(varchar(320)).existingType(varchar(255)).nullable(false))
 * </pre>
 *
 * @param table the table name
 * @param column the column name
 * @param type the new type
 * @param nullable whether the column accepts {@code NULL} after the change
 * @param defaultValue the new server default, or a change to none
 * @param comment the new comment, or a change to none
 * @param existingType the type before the change
 * @param existingNullable the nullability before the change
 * @param existingDefault the server default before the change
 * @param existingComment the comment before the change
 * @param existingIdentity whether the column is an identity column, which MariaDB's
 * {@code MODIFY COLUMN} must restate to keep it one
 * @param using how the database computes the new value of each row from the old one when
 * the type changes ({@code USING}; PostgreSQL and H2), or {@code null} for its own
 * conversion
 */
public record AlterColumn(String table, String column, @Nullable SqlType type, @Nullable Boolean nullable,
		@Nullable Change defaultValue, @Nullable Change comment, @Nullable SqlType existingType,
		@Nullable Boolean existingNullable, @Nullable String existingDefault, @Nullable String existingComment,
		boolean existingIdentity, @Nullable String using) implements Operation {

	public AlterColumn {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(column, "'column' must not be empty");
		Assert.isTrue(using == null || type != null, "'using' goes with a type change: call type(...) first");
		Assert.isTrue(using == null || !using.isBlank(), "'using' must not be blank");
	}

	/**
	 * An alteration of the given column that changes nothing yet.
	 * @param table the table name
	 * @param column the column name
	 * @return the operation
	 */
	public static AlterColumn of(String table, String column) {
		return new AlterColumn(table, column, null, null, null, null, null, null, null, null, false, null);
	}

	/**
	 * Change the type.
	 * @param type the new type
	 * @return a new operation
	 */
	public AlterColumn type(SqlType type) {
		return new AlterColumn(this.table, this.column, type, this.nullable, this.defaultValue, this.comment,
				this.existingType, this.existingNullable, this.existingDefault, this.existingComment,
				this.existingIdentity, this.using);
	}

	/**
	 * Compute the new value of each row from the old one, for a type change PostgreSQL
	 * has no automatic cast for:
	 * {@code op.alterColumn("item", "qty", (c) -> c.type(INTEGER).using("trim(qty)::integer").existingType(TEXT))}.
	 * H2 takes it too; MariaDB refuses it, as it converts the values itself. The reverse
	 * changes the type back without one: give the downgrade its own when it needs one.
	 * @param expression the SQL expression of the new value, in terms of the column
	 * @return a new operation
	 */
	public AlterColumn using(String expression) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, this.comment,
				this.existingType, this.existingNullable, this.existingDefault, this.existingComment,
				this.existingIdentity, expression);
	}

	/**
	 * Change whether the column accepts {@code NULL}.
	 * @param nullable {@code false} for {@code NOT NULL}
	 * @return a new operation
	 */
	public AlterColumn nullable(boolean nullable) {
		return new AlterColumn(this.table, this.column, this.type, nullable, this.defaultValue, this.comment,
				this.existingType, this.existingNullable, this.existingDefault, this.existingComment,
				this.existingIdentity, this.using);
	}

	/**
	 * Set the server default.
	 * @param sqlExpression the default as an SQL expression
	 * @return a new operation
	 */
	public AlterColumn defaultValue(String sqlExpression) {
		Assert.hasText(sqlExpression, "'sqlExpression' must not be empty");
		return withDefault(new Change(sqlExpression));
	}

	/**
	 * Drop the server default.
	 * @return a new operation
	 */
	public AlterColumn dropDefault() {
		return withDefault(new Change(null));
	}

	private AlterColumn withDefault(Change defaultValue) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, defaultValue, this.comment,
				this.existingType, this.existingNullable, this.existingDefault, this.existingComment,
				this.existingIdentity, this.using);
	}

	/**
	 * Set the comment.
	 * @param comment the comment
	 * @return a new operation
	 */
	public AlterColumn comment(String comment) {
		return withComment(new Change(comment));
	}

	/**
	 * Drop the comment.
	 * @return a new operation
	 */
	public AlterColumn dropComment() {
		return withComment(new Change(null));
	}

	private AlterColumn withComment(Change comment) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, comment,
				this.existingType, this.existingNullable, this.existingDefault, this.existingComment,
				this.existingIdentity, this.using);
	}

	/**
	 * Describe the type before the change.
	 * @param existingType the type
	 * @return a new operation
	 */
	public AlterColumn existingType(SqlType existingType) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, this.comment,
				existingType, this.existingNullable, this.existingDefault, this.existingComment, this.existingIdentity,
				this.using);
	}

	/**
	 * Describe the nullability before the change.
	 * @param existingNullable whether the column accepted {@code NULL}
	 * @return a new operation
	 */
	public AlterColumn existingNullable(boolean existingNullable) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, this.comment,
				this.existingType, existingNullable, this.existingDefault, this.existingComment, this.existingIdentity,
				this.using);
	}

	/**
	 * Describe the server default before the change.
	 * @param existingDefault the default as an SQL expression
	 * @return a new operation
	 */
	public AlterColumn existingDefault(String existingDefault) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, this.comment,
				this.existingType, this.existingNullable, existingDefault, this.existingComment, this.existingIdentity,
				this.using);
	}

	/**
	 * Describe the comment before the change.
	 * @param existingComment the comment
	 * @return a new operation
	 */
	public AlterColumn existingComment(String existingComment) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, this.comment,
				this.existingType, this.existingNullable, this.existingDefault, existingComment, this.existingIdentity,
				this.using);
	}

	/**
	 * Describe the column as an identity column, which the change leaves one.
	 * @param existingIdentity whether the column is an identity column
	 * @return a new operation
	 */
	public AlterColumn existingIdentity(boolean existingIdentity) {
		return new AlterColumn(this.table, this.column, this.type, this.nullable, this.defaultValue, this.comment,
				this.existingType, this.existingNullable, this.existingDefault, this.existingComment, existingIdentity,
				this.using);
	}

	/**
	 * The type after the change: the new type or else the existing one.
	 * @return the type, or {@code null} when neither is known
	 */
	public @Nullable SqlType resultingType() {
		return (this.type != null) ? this.type : this.existingType;
	}

	/**
	 * The nullability after the change: the new one or else the existing one.
	 * @return the nullability, or {@code null} when neither is known
	 */
	public @Nullable Boolean resultingNullable() {
		return (this.nullable != null) ? this.nullable : this.existingNullable;
	}

	/**
	 * The server default after the change.
	 * @return the default, or {@code null} for none
	 */
	public @Nullable String resultingDefault() {
		return (this.defaultValue != null) ? this.defaultValue.value() : this.existingDefault;
	}

	/**
	 * The comment after the change.
	 * @return the comment, or {@code null} for none
	 */
	public @Nullable String resultingComment() {
		return (this.comment != null) ? this.comment.value() : this.existingComment;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public AlterColumn reverse() {
		if (this.type != null && this.existingType == null) {
			throw new IrreversibleOperationException("alter_column '" + this.column + "' on '" + this.table
					+ "' changes the type but carries no existing type; add existingType(...) to reverse it");
		}
		Boolean reverseNullable = (this.nullable == null) ? null
				: (this.existingNullable != null) ? this.existingNullable : !this.nullable;
		Change reverseDefault = (this.defaultValue != null) ? new Change(this.existingDefault) : null;
		Change reverseComment = (this.comment != null) ? new Change(this.existingComment) : null;
		return new AlterColumn(this.table, this.column, (this.type != null) ? this.existingType : null, reverseNullable,
				reverseDefault, reverseComment, resultingType(), resultingNullable(), resultingDefault(),
				resultingComment(), this.existingIdentity, null);
	}

	/**
	 * A change of an optional value.
	 *
	 * @param value the new value, or {@code null} to remove it
	 */
	public record Change(@Nullable String value) {

		/**
		 * Whether this change removes the value.
		 * @return {@code true} for a removal
		 */
		public boolean isDrop() {
			return this.value == null;
		}

	}

}
