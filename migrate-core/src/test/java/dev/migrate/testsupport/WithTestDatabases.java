package dev.migrate.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class databases of its own, through a {@link TestDatabases}
 * parameter of its tests, {@code @BeforeAll} methods or constructor. The kinds listed are
 * created before all tests; others on first request. All are dropped after the class
 * (nested classes share their enclosing class's databases). <pre class="code">
 * &#064;WithTestDatabases
 * class UpgradeTests {
 *
 *     &#064;ParameterizedTest
 *     &#064;EnumSource(DatabaseKind.class)
 *     void upgrade(DatabaseKind kind, TestDatabases databases) {
 *         DataSource dataSource = databases.get(kind).dataSource();
 *     }
 *
 * }
 * </pre>
 *
 * @since 0.1.0
 * @see TestDatabasesExtension
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestDatabasesExtension.class)
public @interface WithTestDatabases {

	/**
	 * The kinds of database to create before all tests.
	 * @return the kinds
	 */
	DatabaseKind[] value() default { DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB };

}
