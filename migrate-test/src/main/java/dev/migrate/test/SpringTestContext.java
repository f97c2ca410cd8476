package dev.migrate.test;

import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a Spring test ({@code @SpringBootTest}, {@code @JdbcTest}, ...) gives the checks:
 * the application's {@link DataSource} and its {@code migrate.*} properties. Only loaded
 * when spring-test is on the class path.
 */
final class SpringTestContext {

	private final ApplicationContext applicationContext;

	private SpringTestContext(ApplicationContext applicationContext) {
		this.applicationContext = applicationContext;
	}

	/**
	 * The Spring context of a test, when the test runs with the {@code SpringExtension}.
	 * @param context the test's extension context
	 * @return the Spring test context, or {@code null} for a test without one
	 */
	static @Nullable SpringTestContext of(ExtensionContext context) {
		if (!isSpringTest(context.getRequiredTestClass())) {
			return null;
		}
		return new SpringTestContext(SpringExtension.getApplicationContext(context));
	}

	private static boolean isSpringTest(Class<?> testClass) {
		return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class)
			.stream()
			.anyMatch((extendWith) -> List.of(extendWith.value()).contains(SpringExtension.class));
	}

	ApplicationContext applicationContext() {
		return this.applicationContext;
	}

	DataSource dataSource() {
		return this.applicationContext.getBean(DataSource.class);
	}

	/**
	 * A property of the application's environment.
	 * @param name the property name, such as {@code migrate.locations}
	 * @return the value, or {@code null} when it is not set
	 */
	@Nullable String property(String name) {
		return this.applicationContext.getEnvironment().getProperty(name);
	}

}
