package dev.migrate.test;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import dev.migrate.MigrateException;

/**
 * Where the checks of one test class get their databases: the test's
 * {@link MigrationDataSource @MigrationDataSource} member, the data source of its Spring
 * context, or a new in-memory H2 database for each check, shut down on {@link #close()}.
 */
final class DatabaseSource implements AutoCloseable {

	private final Supplier<DataSource> supplier;

	private final List<JdbcDataSource> created = new ArrayList<>();

	private DatabaseSource(Supplier<DataSource> supplier) {
		this.supplier = supplier;
	}

	private DatabaseSource() {
		this.supplier = this::createH2;
	}

	/**
	 * The databases of a test.
	 * @param testInstance the test instance, whose annotated member comes first
	 * @param contextDataSource the data source of the test's Spring context, if it has
	 * one; it comes next
	 * @return the source of databases
	 */
	static DatabaseSource forTest(Object testInstance, @Nullable Supplier<DataSource> contextDataSource) {
		Class<?> testClass = testInstance.getClass();
		List<Member> members = Stream
			.concat(AnnotationSupport
				.findAnnotatedFields(testClass, MigrationDataSource.class, (field) -> true,
						HierarchyTraversalMode.TOP_DOWN)
				.stream(),
					AnnotationSupport
						.findAnnotatedMethods(testClass, MigrationDataSource.class, HierarchyTraversalMode.TOP_DOWN)
						.stream())
			.map(Member.class::cast)
			.toList();
		if (members.size() > 1) {
			throw new MigrateException(testClass.getName() + " has " + members.size()
					+ " members annotated with @MigrationDataSource; keep one");
		}
		if (members.isEmpty()) {
			return (contextDataSource != null) ? new DatabaseSource(contextDataSource) : new DatabaseSource();
		}
		Member member = members.get(0);
		return new DatabaseSource(() -> dataSourceOf(testInstance, member));
	}

	private static DataSource dataSourceOf(Object testInstance, Member member) {
		Object value = (member instanceof Field field)
				? ReflectionSupport.tryToReadFieldValue(field, testInstance)
					.getOrThrow((ex) -> new MigrateException("Cannot read " + describe(member), ex))
				: ReflectionSupport.invokeMethod((Method) member, testInstance);
		if (value instanceof DataSource dataSource) {
			return dataSource;
		}
		throw new MigrateException(describe(member) + " annotated with @MigrationDataSource gave "
				+ ((value != null) ? "a " + value.getClass().getName() : "null") + "; it needs to give a DataSource");
	}

	private static String describe(Member member) {
		return member.getDeclaringClass().getName() + "." + member.getName();
	}

	/**
	 * Return the database for one check.
	 * @return the data source
	 */
	DataSource next() {
		return this.supplier.get();
	}

	private DataSource createH2() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:migrate-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		this.created.add(dataSource);
		return dataSource;
	}

	@Override
	public void close() throws SQLException {
		for (JdbcDataSource dataSource : this.created) {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
		this.created.clear();
	}

}
