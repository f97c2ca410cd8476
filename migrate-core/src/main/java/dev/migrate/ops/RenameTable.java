package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Rename a table within its schema.
 *
 * @param table the current name, optionally {@code schema.table}
 * @param newName the new name, without schema
 */
public record RenameTable(String table, String newName) implements Operation {

	public RenameTable {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(newName, "'newName' must not be empty");
		Assert.isTrue(newName.indexOf('.') < 0, "'newName' must not name a schema: a rename stays in its schema");
	}

	/**
	 * The new name, qualified with the schema of the current name if it has one.
	 * @return the qualified new name
	 */
	public String qualifiedNewName() {
		int dot = this.table.lastIndexOf('.');
		return (dot < 0) ? this.newName : this.table.substring(0, dot + 1) + this.newName;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		String oldName = this.table.substring(this.table.lastIndexOf('.') + 1);
		return new RenameTable(qualifiedNewName(), oldName);
	}

}
