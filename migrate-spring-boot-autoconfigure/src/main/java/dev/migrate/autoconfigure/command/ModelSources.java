package dev.migrate.autoconfigure.command;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.MigrateProperties.Model.Source;
import dev.migrate.autoconfigure.jpa.JpaModelSource;
import dev.migrate.autoconfigure.jpa.JpaSchemaGenerator;
import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.SchemaDefinition;
import dev.migrate.autogenerate.SchemaDefinitionSource;
import dev.migrate.autogenerate.SchemaFileSource;

import org.springframework.context.ApplicationContext;

/**
 * Picks the desired schema of {@code db check} and {@code db migrate}:
 * {@code migrate.model.source} when set; else the schema file when
 * {@code migrate.model.schema-file} is set; else the {@link SchemaDefinition} bean when
 * there is one; else the schema file when the default one exists; else the JPA entities
 * when Hibernate is on the class path; else the schema file. Tests of the application's
 * migrations (migrate-test) take the model from here too.
 */
public final class ModelSources {

	private ModelSources() {
	}

	/**
	 * The model source of an application.
	 * @param model the {@code migrate.model.*} properties
	 * @param context the application context, which loads the schema file and knows the
	 * JPA entities
	 * @return the model source
	 */
	public static ModelSource of(MigrateProperties.Model model, ApplicationContext context) {
		String schemaFile = (model.getSchemaFile() != null) ? model.getSchemaFile() : SchemaFileSource.DEFAULT_LOCATION;
		return switch (sourceOf(model, schemaFile, context)) {
			case SCHEMA_FILE -> new SchemaFileSource(schemaFile, context);
			case JPA -> new JpaModelSource(JpaSchemaGenerator.of(context));
			case BEAN -> schemaDefinition(context);
		};
	}

	private static Source sourceOf(MigrateProperties.Model model, String schemaFile, ApplicationContext context) {
		if (model.getSource() != null) {
			return model.getSource();
		}
		if (model.getSchemaFile() == null && context.getBeanNamesForType(SchemaDefinition.class).length > 0) {
			return Source.BEAN;
		}
		if (model.getSchemaFile() != null || context.getResource(schemaFile).exists()
				|| !JpaModelSource.isAvailable(context.getClassLoader())) {
			return Source.SCHEMA_FILE;
		}
		return Source.JPA;
	}

	private static ModelSource schemaDefinition(ApplicationContext context) {
		String[] names = context.getBeanNamesForType(SchemaDefinition.class);
		if (names.length != 1) {
			throw new MigrateException(((names.length == 0) ? "No SchemaDefinition bean is defined"
					: "There are " + names.length + " SchemaDefinition beans (" + String.join(", ", names) + ")")
					+ ", and migrate.model.source=bean takes the desired schema from exactly one; "
					+ ((names.length == 0) ? "define one, or set migrate.model.source to schema-file or jpa"
							: "keep one"));
		}
		return new SchemaDefinitionSource(context.getBean(names[0], SchemaDefinition.class), "bean '" + names[0] + "'");
	}

}
