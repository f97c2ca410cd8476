package dev.migrate.autoconfigure.jpa;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.migrate.annotations.RenamedFrom;
import dev.migrate.schema.RenameHint;
import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Subclass;
import org.hibernate.mapping.UnionSubclass;
import org.hibernate.mapping.JoinedSubclass;

/**
 * The {@link RenamedFrom} hints of the entities, and of the embeddables they embed
 * ({@link EmbeddedRenames}), as rename hints in the names the database stores: each new
 * name is the physical name Hibernate gives the table or column (after the naming
 * strategies), and both names are cased as the database stores unquoted or quoted
 * identifiers.
 */
final class EntityRenames {

	private final StoredNames names;

	private EntityRenames(StoredNames names) {
		this.names = names;
	}

	/**
	 * The hints of the entities of the metadata and of their embeddables.
	 * @param metadata the entities' metadata
	 * @return the hints, each naming the entity or field it was declared on
	 * @throws IllegalStateException for a {@link RenamedFrom} that names no single table
	 * or column, or that would rename one column into two
	 */
	static List<RenameHint> of(Metadata metadata) {
		EntityRenames renames = new EntityRenames(new StoredNames(metadata));
		List<RenameHint> hints = new ArrayList<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			Class<?> type = entity.getMappedClass();
			if (type == null) {
				continue;
			}
			RenamedFrom onClass = type.getAnnotation(RenamedFrom.class);
			if (onClass != null) {
				hints.add(renames.table(entity, onClass));
			}
			for (Member member : ownMembers(type, metadata)) {
				RenamedFrom onMember = ((AnnotatedElement) member).getAnnotation(RenamedFrom.class);
				if (onMember != null) {
					hints.add(renames.member(entity, member, onMember));
				}
			}
		}
		hints.addAll(EmbeddedRenames.of(metadata, renames.names));
		return List.copyOf(hints);
	}

	private RenameHint table(PersistentClass entity, RenamedFrom renamedFrom) {
		String origin = AttributeRename.origin(renamedFrom, "entity " + entity.getMappedClass().getName());
		if (entity instanceof Subclass && !(entity instanceof JoinedSubclass) && !(entity instanceof UnionSubclass)) {
			throw new IllegalStateException(origin + " renames no table: the entity is stored in the table of "
					+ entity.getRootClass().getMappedClass().getName() + "; put it there");
		}
		return RenameHint.table(this.names.of(renamedFrom.value()), this.names.of(entity.getTable()))
			.declaredAt(origin);
	}

	private RenameHint member(PersistentClass entity, Member member, RenamedFrom renamedFrom) {
		String name = propertyName(member);
		String origin = AttributeRename.origin(renamedFrom, member.getDeclaringClass().getName() + "." + name);
		Property property = property(entity, name);
		if (property == null) {
			throw new IllegalStateException(origin + " renames nothing: " + name + " is not a persistent attribute of "
					+ entity.getMappedClass().getName());
		}
		return AttributeRename.of(this.names, property, name, renamedFrom.value(), origin);
	}

	private static Property property(PersistentClass entity, String name) {
		try {
			return entity.getRecursiveProperty(name);
		}
		catch (MappingException ex) {
			return null;
		}
	}

	/**
	 * The fields and getters of an entity class and of its superclasses that are not
	 * entities themselves ({@code @MappedSuperclass}): an entity superclass has hints of
	 * its own.
	 */
	private static List<Member> ownMembers(Class<?> type, Metadata metadata) {
		List<Member> members = new ArrayList<>();
		Class<?> current = type;
		while (current != null && current != Object.class
				&& (current == type || metadata.getEntityBinding(current.getName()) == null)) {
			Stream.of(current.getDeclaredFields()).forEach(members::add);
			Stream.of(current.getDeclaredMethods()).forEach(members::add);
			current = current.getSuperclass();
		}
		return members;
	}

	private static String propertyName(Member member) {
		if (member instanceof Field) {
			return member.getName();
		}
		String name = member.getName();
		int prefix = name.startsWith("is") ? 2 : (name.startsWith("get") ? 3 : 0);
		if (prefix == 0 || name.length() == prefix || !(member instanceof Method)) {
			return name;
		}
		return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
	}

}
