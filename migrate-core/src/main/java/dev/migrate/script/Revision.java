package dev.migrate.script;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link Migration} class as a revision of the graph.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Revision {

	/**
	 * The revision id: 12 lowercase hex characters when generated.
	 * @return the id
	 */
	String id();

	/**
	 * The ids this revision revises: none for a base, several for a merge.
	 * @return the parent ids
	 */
	String[] revises() default {};

	/**
	 * The one-line description.
	 * @return the message
	 */
	String message() default "";

	/**
	 * When the revision was created, as an ISO-8601 local date-time.
	 * @return the creation time, or an empty string
	 */
	String created() default "";

	/**
	 * The branch labels this revision declares.
	 * @return the labels
	 */
	String[] branchLabels() default {};

	/**
	 * Revisions or branch labels that must be applied first.
	 * @return the dependencies
	 */
	String[] dependsOn() default {};

	/**
	 * Whether this revision runs in a transaction; {@code false} for statements such as
	 * {@code CREATE INDEX CONCURRENTLY}.
	 * @return whether the revision is transactional
	 */
	boolean transactional() default true;

	/**
	 * Lint findings this revision suppresses, each a code and the reason, such as
	 * {@code "drop-column the column was never released"}; the report shows the reason.
	 * @return the suppressions
	 */
	String[] lintIgnore() default {};

	/**
	 * How long the revision's statements may wait for a lock, such as {@code "5s"}, over
	 * {@code migrate.ddl-lock-timeout}; {@code "0"} for no limit, empty for the
	 * configured one.
	 * @return the lock timeout
	 */
	String lockTimeout() default "";

	/**
	 * How long each of the revision's statements may run, such as {@code "1m"}, over
	 * {@code migrate.ddl-statement-timeout}; {@code "0"} for no limit, empty for the
	 * configured one.
	 * @return the statement timeout
	 */
	String statementTimeout() default "";

}
