package dev.migrate.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field or no-argument method of a {@link MigrationChecks} test class that
 * gives the database the checks run on, a {@link javax.sql.DataSource}. A method is
 * called once for each check that needs a database, so it can return a new empty database
 * each time; a field gives one database to every check, and each check then starts by
 * downgrading it to base. Without one, each check gets a new in-memory H2 database.
 */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MigrationDataSource {

}
