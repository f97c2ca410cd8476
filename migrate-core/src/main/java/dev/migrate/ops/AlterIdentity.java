package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Change an identity column: its generation ({@code SET GENERATED ...}), the options of
 * its sequence ({@code SET INCREMENT BY ...}) and where it continues
 * ({@code RESTART WITH ...}). The {@code existing*} components describe the identity
 * before the change, so that {@link #reverse()} can put back what it changes; a restart
 * is not undone by the reverse (the values handed out stay used). Build one with the
 * withers: <pre class="code">
 * op.alterIdentity("account", "id", (i) -&gt; i.generation(ALWAYS).existingGeneration(BY_DEFAULT))
 * </pre>
 *
 * @param table the table name
 * @param column the column name
 * @param generation the new generation, or {@code null} to leave it
 * @param changes the options to change; {@code null} components are left as they are
 * @param restartWith the value the identity hands out next, or {@code null} to leave it
 * @param existingGeneration the generation before the change, or {@code null} when not
 * described
 * @param existing the options before the change
 */
public record AlterIdentity(String table, String column, @Nullable IdentityGeneration generation,
		SequenceOptions changes, @Nullable Long restartWith, @Nullable IdentityGeneration existingGeneration,
		SequenceOptions existing) implements Operation {

	public AlterIdentity {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(column, "'column' must not be empty");
		Assert.notNull(changes, "'changes' must not be null");
		Assert.notNull(existing, "'existing' must not be null");
	}

	/**
	 * An alteration of the given identity column that changes nothing yet.
	 * @param table the table name
	 * @param column the column name
	 * @return the operation
	 */
	public static AlterIdentity of(String table, String column) {
		return new AlterIdentity(table, column, null, SequenceOptions.options(), null, null, SequenceOptions.options());
	}

	/**
	 * Change the generation.
	 * @param generation the new generation
	 * @return a new operation
	 */
	public AlterIdentity generation(IdentityGeneration generation) {
		return new AlterIdentity(this.table, this.column, generation, this.changes, this.restartWith,
				this.existingGeneration, this.existing);
	}

	/**
	 * Change options of the identity's sequence.
	 * @param changes the options to change
	 * @return a new operation
	 */
	public AlterIdentity options(SequenceOptions changes) {
		return new AlterIdentity(this.table, this.column, this.generation, changes, this.restartWith,
				this.existingGeneration, this.existing);
	}

	/**
	 * Restart the identity.
	 * @param restartWith the value handed out next
	 * @return a new operation
	 */
	public AlterIdentity restartWith(long restartWith) {
		return new AlterIdentity(this.table, this.column, this.generation, this.changes, restartWith,
				this.existingGeneration, this.existing);
	}

	/**
	 * Describe the generation before the change.
	 * @param existingGeneration the generation
	 * @return a new operation
	 */
	public AlterIdentity existingGeneration(IdentityGeneration existingGeneration) {
		return new AlterIdentity(this.table, this.column, this.generation, this.changes, this.restartWith,
				existingGeneration, this.existing);
	}

	/**
	 * Describe the options before the change.
	 * @param existing the options
	 * @return a new operation
	 */
	public AlterIdentity existingOptions(SequenceOptions existing) {
		return new AlterIdentity(this.table, this.column, this.generation, this.changes, this.restartWith,
				this.existingGeneration, existing);
	}

	/**
	 * Whether the alteration changes something.
	 * @return {@code false} when it changes nothing
	 */
	public boolean changesSomething() {
		return this.generation != null || !this.changes.isEmpty() || this.restartWith != null;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		String what = "alter_identity of '" + this.column + "' on '" + this.table + "'";
		if (this.generation != null && this.existingGeneration == null) {
			throw new IrreversibleOperationException(
					what + " changes the generation but carries no existing one; add existingGeneration(...) to"
							+ " reverse it");
		}
		if (this.generation == null && this.changes.isEmpty()) {
			throw new IrreversibleOperationException(
					what + " only restarts the identity, which cannot be undone; write the downgrade by hand");
		}
		SequenceOptions reversed = this.changes.reversal(this.existing, what, "identity");
		return new AlterIdentity(this.table, this.column, (this.generation != null) ? this.existingGeneration : null,
				reversed, null, (this.generation != null) ? this.generation : this.existingGeneration,
				this.changes.over(this.existing));
	}

}
