package dev.migrate.autoconfigure.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's schema validator run over {@link EntityMetadata} connected to a database:
 * the check {@code ddl-auto=validate} makes when the EntityManagerFactory starts.
 */
final class HibernateValidation {

	private HibernateValidation() {
	}

	static Optional<String> of(EntityMetadata entityMetadata) {
		Map<String, Object> settings = new HashMap<>(
				entityMetadata.registry().requireService(ConfigurationService.class).getSettings());
		ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
				ExceptionHandlerHaltImpl.INSTANCE);
		try {
			entityMetadata.registry()
				.requireService(SchemaManagementTool.class)
				.getSchemaValidator(settings)
				.doValidation(entityMetadata.metadata(), options, ContributableMatcher.ALL);
			return Optional.empty();
		}
		catch (SchemaManagementException ex) {
			return Optional.of(ex.getMessage());
		}
	}

}
