package dev.migrate.lint;

import java.util.List;

import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.SqlType;
import dev.migrate.ops.SqlType.Kind;
import dev.migrate.ops.TypeConversion;

import org.jspecify.annotations.Nullable;

/**
 * Reports, on MariaDB, a change to a table that existed before the revision that InnoDB
 * cannot make with {@code ALGORITHM=INSTANT} or {@code INPLACE}, so it copies the table:
 * a type change other than a {@code varchar} that keeps its length bytes or an
 * {@code ENUM} that gains values at its end, a foreign key added while
 * {@code foreign_key_checks} is on, a check constraint, a primary key dropped and a
 * stored generated column. A type change needs both types known (Java migrations that
 * describe the existing type).
 * <p>
 * Whether a longer {@code varchar} is instant depends on the server: from MariaDB 10.4 a
 * column of at most 127 bytes (or of 256 and more) grows in place, before it only within
 * 255 bytes. Lengths are counted in {@code utf8mb4}, four bytes a character; without a
 * server version the rules of 10.4 and later apply.
 */
final class MariaDbTableCopyRule implements LintRule {

	private static final int BYTES_PER_CHARACTER = 4;

	private static final int MAX_ONE_BYTE_ENUM_VALUES = 255;

	@Override
	public String code() {
		return "mariadb-table-copy";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "InnoDB cannot make the change in place (ALGORITHM=INSTANT or INPLACE), so it copies the whole table while writes to it wait";
	}

	@Override
	public String alternative() {
		return "add a new column and backfill it instead of changing a type, add foreign keys with op.addForeignKeyNotValid (foreign_key_checks off, in place), or accept the copy on a small table; add ', ALGORITHM=INPLACE, LOCK=NONE' to hand-written ALTERs so they fail instead of copying";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("mariadb") && context.isExisting(change.table()) && copies(change, context);
	}

	private static boolean copies(Change change, LintContext context) {
		if (change instanceof Change.ChangedType changed) {
			return changed.from() != null && changed.to() != null
					&& !isInPlace(changed.from(), changed.to(), context.serverVersion());
		}
		if (change instanceof Change.AddedConstraint added) {
			return added.kind() == ConstraintKind.CHECK || (added.kind() == ConstraintKind.FOREIGN_KEY
					&& !added.notValid() && !context.hasSetting("foreign_key_checks", "0")
					&& !context.hasSetting("foreign_key_checks", "off"));
		}
		return change instanceof Change.DroppedPrimaryKey
				|| (change instanceof Change.AddedColumn added && added.stored());
	}

	private static boolean isInPlace(SqlType from, SqlType to, @Nullable ServerVersion version) {
		if (from.kind() == Kind.RAW && to.kind() == Kind.RAW) {
			return isAppendedEnum(String.valueOf(from.raw()), String.valueOf(to.raw()));
		}
		if (from.kind() != Kind.VARCHAR || to.kind() != Kind.VARCHAR || from.length() == null || to.length() == null
				|| to.length() < from.length()) {
			return from.equals(to);
		}
		int fromBytes = from.length() * BYTES_PER_CHARACTER;
		int toBytes = to.length() * BYTES_PER_CHARACTER;
		boolean sameLengthBytes = toBytes <= 255 || fromBytes > 255;
		boolean instantExtension = version == null || version.isAtLeast(10, 4);
		return sameLengthBytes || (instantExtension && fromBytes <= 127);
	}

	/**
	 * Values added at the end of an {@code ENUM} that still fits the same storage (one
	 * byte up to 255 values) are instant.
	 */
	private static boolean isAppendedEnum(String from, String to) {
		List<String> before = TypeConversion.enumValues(from);
		List<String> after = TypeConversion.enumValues(to);
		return before != null && after != null && after.size() >= before.size()
				&& after.subList(0, before.size()).equals(before)
				&& (before.size() > MAX_ONE_BYTE_ENUM_VALUES || after.size() <= MAX_ONE_BYTE_ENUM_VALUES);
	}

}
