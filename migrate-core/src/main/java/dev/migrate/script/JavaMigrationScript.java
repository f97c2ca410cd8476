package dev.migrate.script;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Objects;

import dev.migrate.graph.Revision;

import org.springframework.util.ClassUtils;

/**
 * A migration written in Java: a class annotated with
 * {@link dev.migrate.script.Revision @Revision} that implements {@link Migration}. The
 * class is read without being loaded; {@link #instantiate(ClassLoader)} loads it when it
 * runs.
 *
 * @param revision the revision the annotation declares
 * @param className the fully qualified class name
 * @param transactional whether the migration runs in a transaction
 * @param lintIgnores the lint findings the annotation suppresses
 * @param timeouts the DDL timeouts the annotation sets
 */
public record JavaMigrationScript(Revision revision, String className, boolean transactional,
		List<LintIgnore> lintIgnores, DdlTimeouts timeouts) implements MigrationScript {

	public JavaMigrationScript {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(className, "className");
		lintIgnores = List.copyOf(lintIgnores);
		Objects.requireNonNull(timeouts, "timeouts");
	}

	/**
	 * A Java migration that sets no DDL timeouts of its own.
	 * @param revision the revision the annotation declares
	 * @param className the fully qualified class name
	 * @param transactional whether the migration runs in a transaction
	 * @param lintIgnores the lint findings the annotation suppresses
	 */
	public JavaMigrationScript(Revision revision, String className, boolean transactional,
			List<LintIgnore> lintIgnores) {
		this(revision, className, transactional, lintIgnores, DdlTimeouts.NONE);
	}

	/**
	 * A Java migration that suppresses no lint findings.
	 * @param revision the revision the annotation declares
	 * @param className the fully qualified class name
	 * @param transactional whether the migration runs in a transaction
	 */
	public JavaMigrationScript(Revision revision, String className, boolean transactional) {
		this(revision, className, transactional, List.of());
	}

	/**
	 * Load the class and create the migration through its public no-argument constructor.
	 * @param classLoader the class loader to load the class with
	 * @return a new migration instance
	 * @throws ScriptException if the class cannot be loaded or created
	 */
	public Migration instantiate(ClassLoader classLoader) {
		Class<?> type = load(classLoader);
		if (!Migration.class.isAssignableFrom(type)) {
			throw new ScriptException("Class " + this.className + " does not implement " + Migration.class.getName());
		}
		try {
			return (Migration) type.getConstructor().newInstance();
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			throw new ScriptException("Cannot create migration " + this.className
					+ "; it needs to be a public class with a public no-argument constructor", ex);
		}
		catch (InvocationTargetException ex) {
			throw new ScriptException("The constructor of migration " + this.className + " failed", ex.getCause());
		}
		catch (InstantiationException ex) {
			throw new ScriptException("Cannot create migration " + this.className + "; it is abstract", ex);
		}
	}

	private Class<?> load(ClassLoader classLoader) {
		try {
			return ClassUtils.forName(this.className, classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new ScriptException("Cannot load migration class " + this.className, ex);
		}
	}

}
