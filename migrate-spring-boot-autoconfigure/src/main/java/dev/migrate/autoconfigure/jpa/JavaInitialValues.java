package dev.migrate.autoconfigure.jpa;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link JavaInitialValue initial values} of the entities: each entity class
 * with a no-argument constructor is instantiated, and its fields mapped to one
 * {@code NOT NULL} column without a database default are read. An entity that cannot be
 * instantiated has none.
 */
final class JavaInitialValues {

	private JavaInitialValues() {
	}

	static List<JavaInitialValue> of(Metadata metadata) {
		StoredNames names = new StoredNames(metadata);
		List<JavaInitialValue> values = new ArrayList<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			Object instance = instantiate(entity.getMappedClass());
			if (instance == null) {
				continue;
			}
			for (Property property : entity.getPropertyClosure()) {
				List<Column> columns = property.getColumns();
				if (columns.size() != 1 || columns.get(0).isNullable() || columns.get(0).getDefaultValue() != null) {
					continue;
				}
				Field field = field(instance.getClass(), property.getName());
				Object value = (field != null) ? read(field, instance) : null;
				if (value != null) {
					values.add(new JavaInitialValue(names.of(property.getValue().getTable()), names.of(columns.get(0)),
							field.getDeclaringClass().getName() + "." + field.getName(), String.valueOf(value)));
				}
			}
		}
		return List.copyOf(values);
	}

	private static @Nullable Object instantiate(@Nullable Class<?> type) {
		if (type == null || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
			return null;
		}
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
			return null;
		}
	}

	private static @Nullable Field field(Class<?> type, String name) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// declared further up
			}
		}
		return null;
	}

	private static @Nullable Object read(Field field, Object instance) {
		try {
			field.setAccessible(true);
			return field.get(instance);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
