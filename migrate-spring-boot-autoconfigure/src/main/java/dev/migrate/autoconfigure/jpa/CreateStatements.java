package dev.migrate.autoconfigure.jpa;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * The statements Hibernate's schema creator writes to create the schema of
 * {@link EntityMetadata}, collected from a script target: nothing reaches a database.
 */
final class CreateStatements {

	private CreateStatements() {
	}

	static List<String> of(EntityMetadata entityMetadata) {
		Map<String, Object> settings = new HashMap<>(
				entityMetadata.registry().requireService(ConfigurationService.class).getSettings());
		settings.put(AvailableSettings.FORMAT_SQL, false);
		settings.put(AvailableSettings.HBM2DDL_DELIMITER, "");
		ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
				ExceptionHandlerHaltImpl.INSTANCE);
		CollectingTarget target = new CollectingTarget();
		entityMetadata.registry()
			.requireService(SchemaManagementTool.class)
			.getSchemaCreator(settings)
			.doCreation(entityMetadata.metadata(), options, ContributableMatcher.ALL, new MetadataSource(), target);
		return List.copyOf(target.statements);
	}

	private static final class MetadataSource implements SourceDescriptor {

		@Override
		public SourceType getSourceType() {
			return SourceType.METADATA;
		}

		@Override
		public ScriptSourceInput getScriptSourceInput() {
			throw new UnsupportedOperationException("The schema comes from the entity metadata, not a script");
		}

	}

	private static final class CollectingTarget implements TargetDescriptor, ScriptTargetOutput {

		private final List<String> statements = new ArrayList<>();

		@Override
		public EnumSet<TargetType> getTargetTypes() {
			return EnumSet.of(TargetType.SCRIPT);
		}

		@Override
		public ScriptTargetOutput getScriptTargetOutput() {
			return this;
		}

		@Override
		public void prepare() {
		}

		@Override
		public void accept(String command) {
			this.statements.add(command);
		}

		@Override
		public void release() {
		}

	}

}
