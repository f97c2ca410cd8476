package dev.migrate.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.util.ClassUtils;

/**
 * Gives a {@link MigrationChecks} test its {@link MigrationCheckSuite}, configured by the
 * class's {@link MigrationTest @MigrationTest}. The checks use the test's
 * {@link MigrationDataSource @MigrationDataSource}, else the {@link javax.sql.DataSource}
 * of its Spring context, else in-memory H2 databases that are shut down when the checks
 * are done.
 */
public class MigrationTestExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(MigrationTestExtension.class);

	private static final boolean SPRING_TEST_PRESENT = ClassUtils.isPresent(
			"org.springframework.test.context.junit.jupiter.SpringExtension",
			MigrationTestExtension.class.getClassLoader());

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == MigrationCheckSuite.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> testClass = extensionContext.getRequiredTestClass();
		SpringTestContext spring = SPRING_TEST_PRESENT ? SpringTestContext.of(extensionContext) : null;
		MigrationSettings settings = MigrationSettings.of(
				AnnotationSupport.findAnnotation(testClass, MigrationTest.class).orElse(null),
				(name) -> (spring != null) ? spring.property(name) : null);
		DatabaseSource databases = DatabaseSource.forTest(extensionContext.getRequiredTestInstance(),
				(spring != null) ? spring::dataSource : null);
		extensionContext.getStore(NAMESPACE).put(DatabaseSource.class, databases);
		return new MigrationCheckSuite(settings, databases, TestModel.of(settings, spring, testClass.getClassLoader()),
				testClass.getClassLoader());
	}

}
