package dev.migrate.testsupport;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit extension behind {@link WithTestDatabases}. Registered with
 * {@code @RegisterExtension} it can also take its own {@link DatabaseServers} and the
 * kinds to create up front.
 *
 * @since 0.1.0
 */
public class TestDatabasesExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(TestDatabasesExtension.class);

	private final DatabaseServers servers;

	private final @Nullable List<DatabaseKind> upFront;

	/**
	 * Create a new {@link TestDatabasesExtension} that uses the
	 * {@link DatabaseServers#shared() shared servers} and the kinds of
	 * {@link WithTestDatabases}.
	 */
	public TestDatabasesExtension() {
		this(DatabaseServers.shared(), (DatabaseKind[]) null);
	}

	/**
	 * Create a new {@link TestDatabasesExtension} instance.
	 * @param servers where to create server databases
	 * @param upFront the kinds of database to create before all tests, or {@code null} to
	 * use those of {@link WithTestDatabases}
	 */
	public TestDatabasesExtension(DatabaseServers servers, DatabaseKind @Nullable ... upFront) {
		this.servers = servers;
		this.upFront = (upFront != null) ? List.of(upFront) : null;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ExtensionContext owner = owner(context);
		if (owner != context) {
			return;
		}
		TestDatabases databases = new TestDatabases(this.servers);
		context.getStore(NAMESPACE).put(TestDatabases.class, databases);
		upFront(context).forEach(databases::get);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (owner(context) == context) {
			TestDatabases databases = context.getStore(NAMESPACE).remove(TestDatabases.class, TestDatabases.class);
			if (databases != null) {
				databases.close();
			}
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestDatabases.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		TestDatabases databases = owner(extensionContext).getStore(NAMESPACE)
			.get(TestDatabases.class, TestDatabases.class);
		if (databases == null) {
			throw new IllegalStateException("TestDatabases are only available while the test class runs");
		}
		return databases;
	}

	private List<DatabaseKind> upFront(ExtensionContext context) {
		if (this.upFront != null) {
			return this.upFront;
		}
		return context.getTestClass()
			.flatMap((testClass) -> AnnotationSupport.findAnnotation(testClass, WithTestDatabases.class))
			.map((annotation) -> List.of(annotation.value()))
			.orElse(List.of());
	}

	/**
	 * Return the context of the outermost test class, which owns the databases.
	 */
	private static ExtensionContext owner(ExtensionContext context) {
		ExtensionContext owner = context;
		for (ExtensionContext candidate = context; candidate != null; candidate = candidate.getParent().orElse(null)) {
			if (candidate.getTestClass().isPresent() && candidate.getTestMethod().isEmpty()) {
				owner = candidate;
			}
		}
		return owner;
	}

}
