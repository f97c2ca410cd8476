package dev.migrate.autoconfigure.jpa;

/**
 * The value a {@code NOT NULL} column without a database default gets in Java: what its
 * field holds in an entity made with the no-argument constructor, such as {@code true}
 * from {@code boolean active = true;}. The database knows nothing of it, so rows that
 * exist when the column is added have no value.
 *
 * @param table the table, as the database stores its name
 * @param column the column, as the database stores its name
 * @param field the field, such as {@code com.example.Account.active}
 * @param value the value, as Java prints it
 */
public record JavaInitialValue(String table, String column, String field, String value) {

}
