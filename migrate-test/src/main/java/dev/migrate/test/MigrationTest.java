package dev.migrate.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.lint.Severity;

/**
 * Configures the checks of a {@link MigrationChecks} test class. Without it the checks
 * use the defaults below. <pre class="code">
 * &#64;MigrationTest(irreversible = "3b2c4d5e6f70")
 * class MigrationsTests implements MigrationChecks {
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MigrationTestExtension.class)
public @interface MigrationTest {

	/**
	 * Where the revisions are, as for the {@code migrate.locations} property. None means
	 * the {@code migrate.locations} of the test's Spring context, when it has one and
	 * sets the property, else {@code classpath:db/migrations}.
	 * @return the locations
	 */
	String[] locations() default {};

	/**
	 * The heads the revision graph is expected to have; none means exactly one head.
	 * @return the ids of the expected heads
	 */
	String[] heads() default {};

	/**
	 * The revisions that cannot be downgraded on purpose: SQL revisions without a
	 * {@code -- downgrade} section, or revisions whose downgrade does not restore the
	 * schema. The stairway upgrades them without downgrading them.
	 * @return the ids of the irreversible revisions
	 */
	String[] irreversible() default {};

	/**
	 * The checks to run.
	 * @return the checks, all of them by default
	 */
	MigrationCheck[] checks() default { MigrationCheck.HEADS, MigrationCheck.DOWNGRADES, MigrationCheck.UPGRADE,
			MigrationCheck.MODEL, MigrationCheck.STAIRWAY, MigrationCheck.OFFLINE_SQL, MigrationCheck.LINT };

	/**
	 * The dialects the offline SQL is rendered for, such as {@code postgresql}; none
	 * means the dialect of the test's database.
	 * @return the dialect names
	 */
	String[] dialects() default {};

	/**
	 * The schema file whose DDL is the application's model, for the
	 * {@link MigrationCheck#MODEL model check}, such as {@code classpath:db/schema.sql}.
	 * None means, in a Spring test, the model source of the application's
	 * {@code migrate.model.*} configuration, and without one
	 * {@code classpath:db/schema.sql}.
	 * @return the schema file location
	 */
	String schemaFile() default "";

	/**
	 * The least severity of a lint finding that fails the {@link MigrationCheck#LINT lint
	 * check}.
	 * @return the threshold
	 */
	Severity lintFailOn() default Severity.ERROR;

}
