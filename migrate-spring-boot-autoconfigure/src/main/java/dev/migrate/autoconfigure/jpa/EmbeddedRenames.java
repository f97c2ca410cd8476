package dev.migrate.autoconfigure.jpa;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.migrate.annotations.RenamedFrom;
import dev.migrate.schema.RenameHint;
import jakarta.persistence.AttributeOverride;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Value;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RenamedFrom} hints on fields of embeddables, resolved in every table that
 * embeds them ({@code @Embedded}, {@code @EmbeddedId}, an {@code @ElementCollection} of
 * embeddables, embeddables in embeddables). The hint's name is the old name of the column
 * the field gives its name to, so it renames that column wherever the embedding takes the
 * column's name from the field; an embedding that names the column with
 * {@link AttributeOverride @AttributeOverride} keeps its column, and gets no hint. A hint
 * that would rename one old column of a table into two is an error.
 */
final class EmbeddedRenames {

	/**
	 * The attribute that {@code @AttributeOverride} names the value of a map with.
	 */
	private static final String MAP_VALUE = "value";

	private final StoredNames names;

	private final Map<String, List<Use>> uses = new LinkedHashMap<>();

	private EmbeddedRenames(StoredNames names) {
		this.names = names;
	}

	/**
	 * The hints on the fields of the embeddables the entities of the metadata embed.
	 * @param metadata the entities' metadata
	 * @param names the stored names of the metadata
	 * @return the hints, each naming the embeddable's field it was declared on
	 * @throws IllegalStateException for a hint that names no single column, or that would
	 * rename one column into two
	 */
	static List<RenameHint> of(Metadata metadata, StoredNames names) {
		EmbeddedRenames renames = new EmbeddedRenames(names);
		for (PersistentClass entity : metadata.getEntityBindings()) {
			Class<?> type = entity.getMappedClass();
			if (type == null) {
				continue;
			}
			Set<String> classOverrides = overrides(type);
			List<Property> properties = new ArrayList<>(entity.getProperties());
			if (entity.getDeclaredIdentifierProperty() != null) {
				properties.add(entity.getDeclaredIdentifierProperty());
			}
			for (Property property : properties) {
				AnnotatedElement member = member(type, property.getName());
				Set<String> overridden = new HashSet<>(within(classOverrides, property.getName()));
				overridden.addAll(overrides(member));
				renames.visit(property.getValue(), type.getName() + "." + property.getName(), overridden);
			}
		}
		return renames.hints();
	}

	/**
	 * Walk the embeddable of a value, if it has one.
	 * @param value the value of an attribute
	 * @param path the attribute, such as {@code com.example.Shop.address}
	 * @param overridden the attributes of the embeddable (dotted paths) whose columns the
	 * embedding names with {@code @AttributeOverride}
	 */
	private void visit(Value value, String path, Set<String> overridden) {
		if (value instanceof Collection collection && collection.getElement() instanceof Component element
				&& !element.isDynamic()) {
			Set<String> ofElement = new HashSet<>(overridden);
			ofElement.addAll(within(overridden, MAP_VALUE));
			embeddable(element, path, ofElement);
		}
		else if (value instanceof Component component && !component.isDynamic()) {
			embeddable(component, path, overridden);
		}
	}

	private void embeddable(Component component, String path, Set<String> overridden) {
		Class<?> type = component.getComponentClass();
		for (Property property : component.getProperties()) {
			String name = property.getName();
			AnnotatedElement member = member(type, name);
			RenamedFrom renamedFrom = (member != null) ? member.getAnnotation(RenamedFrom.class) : null;
			if (renamedFrom != null) {
				String origin = AttributeRename.origin(renamedFrom, type.getName() + "." + name);
				this.uses.computeIfAbsent(origin, (key) -> new ArrayList<>())
					.add(new Use(renamedFrom, property, path + "." + name, overridden.contains(name)));
			}
			Set<String> inner = new HashSet<>(within(overridden, name));
			inner.addAll(overrides(member));
			visit(property.getValue(), path + "." + name, inner);
		}
	}

	private List<RenameHint> hints() {
		List<RenameHint> hints = new ArrayList<>();
		this.uses.forEach((origin, ofOrigin) -> {
			Map<String, Map<String, String>> newNamesByOldName = new LinkedHashMap<>();
			for (Use use : ofOrigin) {
				if (!use.overridden()) {
					RenameHint hint = AttributeRename.of(this.names, use.property(), use.attribute(),
							use.renamedFrom().value(), origin);
					if (!hints.contains(hint)) {
						hints.add(hint);
					}
					newNamesByOldName.computeIfAbsent(oldName(hint), (key) -> new LinkedHashMap<>())
						.putIfAbsent(hint.to(), use.attribute());
				}
			}
			newNamesByOldName.forEach((oldName, newNames) -> requireOne(origin, oldName, newNames));
		});
		return hints;
	}

	private static String oldName(RenameHint hint) {
		return hint.isColumn() ? hint.table() + "." + hint.from() : hint.from();
	}

	private static void requireOne(String origin, String oldName, Map<String, String> newNames) {
		if (newNames.size() > 1) {
			throw new IllegalStateException(origin + " is ambiguous: it would rename " + oldName + " to "
					+ newNames.entrySet()
						.stream()
						.map((entry) -> entry.getKey() + " (" + entry.getValue() + ")")
						.collect(Collectors.joining(" and "))
					+ ", but one old name becomes one new name only; remove the hint and write the renames in the "
					+ "revision (op.renameColumn), or name the column of all embeddings but one with "
					+ "@AttributeOverride");
		}
	}

	/**
	 * The attributes overridden below one attribute: {@code address.street} within
	 * {@code address} is {@code street}.
	 */
	private static Set<String> within(Set<String> overridden, String attribute) {
		String prefix = attribute + ".";
		return overridden.stream()
			.filter((name) -> name.startsWith(prefix))
			.map((name) -> name.substring(prefix.length()))
			.collect(Collectors.toSet());
	}

	private static Set<String> overrides(@Nullable AnnotatedElement element) {
		if (element == null) {
			return Set.of();
		}
		return Stream.of(element.getAnnotationsByType(AttributeOverride.class))
			.map(AttributeOverride::name)
			.collect(Collectors.toSet());
	}

	/**
	 * The field of an attribute, in the class or a superclass, or else its getter.
	 */
	private static @Nullable AnnotatedElement member(Class<?> type, String attribute) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (field.getName().equals(attribute)) {
					return field;
				}
			}
		}
		String suffix = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				if (method.getParameterCount() == 0
						&& (method.getName().equals("get" + suffix) || method.getName().equals("is" + suffix))) {
					return method;
				}
			}
		}
		return null;
	}

	/**
	 * One embedding of an embeddable's field that carries a hint.
	 *
	 * @param renamedFrom the hint
	 * @param property the field's attribute in the embedding
	 * @param attribute the attribute as messages name it, such as
	 * {@code com.example.Shop.address.street}
	 * @param overridden whether the embedding names the field's column with
	 * {@code @AttributeOverride}
	 */
	private record Use(RenamedFrom renamedFrom, Property property, String attribute, boolean overridden) {

	}

}
