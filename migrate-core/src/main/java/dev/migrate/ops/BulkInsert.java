package dev.migrate.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Insert rows of literal values, rendered as SQL literals so the insert works offline as
 * well as online.
 *
 * @param table the table name
 * @param columns the columns the values are for
 * @param rows the rows, each with one value per column: a {@link String}, a number
 * ({@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 * {@link BigDecimal}, {@link Double}, {@link Float}), a {@link Boolean}, a
 * {@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}, a {@link UUID}, a
 * {@code byte[]} or {@code null}
 */
public record BulkInsert(String table, List<String> columns, List<List<@Nullable Object>> rows) implements Operation {

	private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Integer.class, Long.class, Short.class,
			Byte.class, BigInteger.class, BigDecimal.class, Double.class, Float.class, Boolean.class, LocalDate.class,
			LocalDateTime.class, OffsetDateTime.class, UUID.class, byte[].class);

	public BulkInsert {
		Assert.hasText(table, "'table' must not be empty");
		Assert.notEmpty(columns, "'columns' must not be empty");
		columns = List.copyOf(columns);
		int width = columns.size();
		List<List<@Nullable Object>> copy = new ArrayList<>();
		for (List<?> row : rows) {
			Assert.isTrue(row.size() == width, () -> "Row " + row + " of bulk insert into '" + table + "' has "
					+ row.size() + " values for " + width + " columns");
			for (Object value : row) {
				Assert.isTrue(value == null || VALUE_TYPES.contains(value.getClass()),
						() -> "Bulk insert into '" + table + "' cannot render a " + value.getClass().getName()
								+ "; use String, a number, Boolean, LocalDate, LocalDateTime, OffsetDateTime, UUID,"
								+ " byte[] or null");
			}
			copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = Collections.unmodifiableList(copy);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		throw new IrreversibleOperationException(
				"bulk_insert into '" + this.table + "' cannot know which rows to delete; write the downgrade by hand");
	}

}
