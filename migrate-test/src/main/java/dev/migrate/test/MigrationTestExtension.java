package dev.migrate.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives a {@link MigrationChecks} test its {@link MigrationCheckSuite}, configured by the
 * class's {@link MigrationTest @MigrationTest} and using its
 * {@link MigrationDataSource @MigrationDataSource} or in-memory H2 databases that are
 * shut down when the checks are done.
 */
public class MigrationTestExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(MigrationTestExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == MigrationCheckSuite.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> testClass = extensionContext.getRequiredTestClass();
		MigrationSettings settings = AnnotationSupport.findAnnotation(testClass, MigrationTest.class)
			.map(MigrationSettings::of)
			.orElseGet(MigrationSettings::defaults);
		DatabaseSource databases = DatabaseSource.forTestInstance(extensionContext.getRequiredTestInstance());
		extensionContext.getStore(NAMESPACE).put(DatabaseSource.class, databases);
		return new MigrationCheckSuite(settings, databases, testClass.getClassLoader());
	}

}
