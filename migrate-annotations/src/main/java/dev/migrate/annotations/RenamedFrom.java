package dev.migrate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that an entity or one of its persistent fields had another name in the database,
 * so that {@code db migrate} renames the table or column instead of dropping it and
 * creating a new, empty one.
 * <p>
 * On an entity class, the old name of its table; on a field (or getter) mapped to one
 * column, the old name of that column; on a collection mapped to a table of its own
 * ({@code @ElementCollection}, {@code @ManyToMany}), the old name of that table; on a
 * field of an {@code @Embeddable}, the old name of the column the field names, renamed in
 * every table that embeds it without an {@code @AttributeOverride} of that field. The
 * name is the one the database has, such as {@code full_name}, as the revisions created
 * it. Once a revision has done the rename, the hint has nothing left to do and may stay
 * or go; a hint whose old name and new name are both missing from the schema the
 * revisions build is an error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.METHOD })
public @interface RenamedFrom {

	/**
	 * The old name of the table or column, as the database has it.
	 * @return the old name
	 */
	String value();

}
