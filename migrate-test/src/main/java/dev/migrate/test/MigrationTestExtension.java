package dev.migrate.test;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.util.ClassUtils;

/**
 * Gives a {@link MigrationChecks} test its {@link MigrationCheckSuite}, and a test method
 * of a {@link MigrationTest @MigrationTest} class its {@link MigrationData}, configured
 * by the class's {@link MigrationTest @MigrationTest}. Both use the test's
 * {@link MigrationDataSource @MigrationDataSource}, else the {@link javax.sql.DataSource}
 * of its Spring context, else in-memory H2 databases that are shut down when the test is
 * done.
 */
public class MigrationTestExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(MigrationTestExtension.class);

	private static final boolean SPRING_TEST_PRESENT = ClassUtils.isPresent(
			"org.springframework.test.context.junit.jupiter.SpringExtension",
			MigrationTestExtension.class.getClassLoader());

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == MigrationCheckSuite.class || type == MigrationData.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> testClass = extensionContext.getRequiredTestClass();
		SpringTestContext spring = SPRING_TEST_PRESENT ? SpringTestContext.of(extensionContext) : null;
		MigrationSettings settings = MigrationSettings.of(
				AnnotationSupport.findAnnotation(testClass, MigrationTest.class).orElse(null),
				(name) -> (spring != null) ? spring.property(name) : null);
		DatabaseSource databases = databases(extensionContext, spring);
		Migrations migrations = new Migrations(settings, testClass.getClassLoader());
		if (parameterContext.getParameter().getType() == MigrationData.class) {
			return new MigrationData(migrations, databases);
		}
		return new MigrationCheckSuite(migrations, databases,
				TestModel.of(settings, spring, testClass.getClassLoader()));
	}

	/**
	 * The databases of one test method, closed with its extension context.
	 */
	private static DatabaseSource databases(ExtensionContext extensionContext, @Nullable SpringTestContext spring) {
		DatabaseSource databases = DatabaseSource.forTest(extensionContext.getRequiredTestInstance(),
				(spring != null) ? spring::dataSource : null);
		extensionContext.getStore(NAMESPACE).put(databases, databases);
		return databases;
	}

}
