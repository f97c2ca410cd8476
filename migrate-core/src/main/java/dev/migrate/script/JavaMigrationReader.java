package dev.migrate.script;

import java.io.IOException;
import java.util.Map;

import dev.migrate.graph.Revision;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.io.Resource;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Reads {@link JavaMigrationScript Java migrations} from class files through
 * {@link MetadataReaderFactory metadata}, without loading the classes.
 */
class JavaMigrationReader {

	private static final String ANNOTATION = dev.migrate.script.Revision.class.getName();

	private static final String MIGRATION = Migration.class.getName();

	private final MetadataReaderFactory metadataReaderFactory;

	JavaMigrationReader(MetadataReaderFactory metadataReaderFactory) {
		this.metadataReaderFactory = metadataReaderFactory;
	}

	/**
	 * Read a class file.
	 * @param resource the class file
	 * @return the migration, or {@code null} if the class is not annotated with
	 * {@code @Revision}
	 * @throws ScriptException if the class is annotated but is no usable migration
	 */
	@Nullable JavaMigrationScript read(Resource resource) {
		AnnotationMetadata metadata = metadata(resource);
		Map<String, @Nullable Object> map = metadata.getAnnotationAttributes(ANNOTATION);
		if (map == null) {
			return null;
		}
		String className = metadata.getClassName();
		if (!metadata.isConcrete()) {
			throw new ScriptException("Class " + className
					+ " is annotated with @Revision but is abstract; make it a concrete class so that it can be created");
		}
		if (!metadata.isIndependent()) {
			throw new ScriptException("Class " + className
					+ " is annotated with @Revision but is an inner class; make it static so that it can be created");
		}
		if (!implementsMigration(metadata)) {
			throw new ScriptException("Class " + className + " is annotated with @Revision but does not implement "
					+ MIGRATION + "; implement it or remove the annotation");
		}
		AnnotationAttributes attributes = AnnotationAttributes.fromMap(map);
		String where = "in @Revision of class " + className;
		Revision revision = RevisionValues.annotated(attributes, where, className);
		return new JavaMigrationScript(revision, className, attributes.getBoolean("transactional"),
				RevisionValues.lintIgnores(attributes, where), RevisionValues.timeouts(attributes, where));
	}

	private boolean implementsMigration(ClassMetadata metadata) {
		for (String name : metadata.getInterfaceNames()) {
			if (name.equals(MIGRATION) || implementsMigration(metadata(name))) {
				return true;
			}
		}
		String superClassName = metadata.getSuperClassName();
		return superClassName != null && !superClassName.equals(Object.class.getName())
				&& implementsMigration(metadata(superClassName));
	}

	private AnnotationMetadata metadata(Resource resource) {
		try {
			return this.metadataReaderFactory.getMetadataReader(resource).getAnnotationMetadata();
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot read class file " + resource.getDescription(), ex);
		}
	}

	private ClassMetadata metadata(String className) {
		try {
			return this.metadataReaderFactory.getMetadataReader(className).getClassMetadata();
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot read class " + className, ex);
		}
	}

}
