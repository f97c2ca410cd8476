package dev.migrate.autoconfigure.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.ShadowDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.ops.AddColumn;
import dev.migrate.schema.Hazard;
import dev.migrate.schema.RenameHint;
import dev.migrate.schema.SchemaChange;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * The desired schema of an application's JPA entities: the statements
 * {@link JpaSchemaGenerator} writes for the shadow database's server, run there one by
 * one, and the renames the entities declare with
 * {@link dev.migrate.annotations.RenamedFrom @RenamedFrom}. The application's
 * EntityManagerFactory is not used.
 */
public final class JpaModelSource implements ModelSource {

	private final JpaSchemaGenerator generator;

	private List<RenameHint> renameHints = List.of();

	private List<JavaInitialValue> initialValues = List.of();

	/**
	 * Create a source for the entities a generator reads.
	 * @param generator the generator of the application's entities
	 */
	public JpaModelSource(JpaSchemaGenerator generator) {
		this.generator = generator;
	}

	@Override
	public void create(ShadowDatabase shadow, Dialect dialect) {
		try (Connection connection = shadow.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			JpaSchema schema = generate(connection);
			this.renameHints = schema.renameHints();
			this.initialValues = schema.initialValues();
			for (String each : schema.createStatements()) {
				try {
					statement.execute(each);
				}
				catch (SQLException ex) {
					throw new MigrateException("The DDL Hibernate writes for the JPA entities fails on "
							+ dialect.name() + ": " + ex.getMessage() + "; the statement was: " + each, ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Cannot connect to the shadow database " + shadow.name() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Whether the classes the source needs, Hibernate's and Spring Boot's Hibernate
	 * support, are on a class path.
	 * @param classLoader the class path
	 * @return whether a source can be created
	 */
	public static boolean isAvailable(@Nullable ClassLoader classLoader) {
		return ClassUtils.isPresent("org.hibernate.boot.MetadataSources", classLoader) && ClassUtils
			.isPresent("org.springframework.boot.hibernate.autoconfigure.HibernateProperties", classLoader);
	}

	private JpaSchema generate(Connection connection) throws SQLException {
		JpaSchema schema;
		try {
			schema = this.generator.generate(TargetDatabase.of(connection));
		}
		catch (IllegalStateException ex) {
			throw new MigrateException(ex.getMessage(), ex);
		}
		if (schema.createStatements().isEmpty()) {
			throw new MigrateException("The application has no JPA entities to compare the revisions with; "
					+ "annotate the entities' packages with @EntityScan, or set migrate.model.source=schema-file");
		}
		return schema;
	}

	@Override
	public List<RenameHint> renameHints() {
		return this.renameHints;
	}

	/**
	 * Warns of a new {@code NOT NULL} column without a database default whose field Java
	 * initializes: the rows that exist get no value from it.
	 */
	@Override
	public List<String> warnings(SchemaChange change) {
		if (!(change.upgrade() instanceof AddColumn add) || !change.hazards().contains(Hazard.REQUIRES_VALUES)) {
			return List.of();
		}
		return this.initialValues.stream()
			.filter((value) -> value.table().equals(add.table()) && value.column().equals(add.column().name()))
			.map((value) -> value.field() + " is " + value.value() + " in a new entity, but the column has no "
					+ "database default, so the rows already in " + value.table() + " get no value and this "
					+ "upgrade fails on them; give it one (@ColumnDefault on the field) or fill the column first")
			.toList();
	}

	@Override
	public List<String> validate(ShadowDatabase schema, Dialect dialect) {
		try (Connection connection = schema.dataSource().getConnection()) {
			return this.generator.validate(TargetDatabase.of(connection), schema.dataSource())
				.map((problem) -> problem + " (spring.jpa.hibernate.ddl-auto=validate)")
				.stream()
				.toList();
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Cannot connect to the shadow database " + schema.name() + ": " + ex.getMessage(), ex);
		}
		catch (IllegalStateException ex) {
			throw new MigrateException(ex.getMessage(), ex);
		}
	}

	@Override
	public String describe() {
		return "model of the JPA entities";
	}

}
