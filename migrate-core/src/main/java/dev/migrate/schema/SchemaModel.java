package dev.migrate.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The tables, enum types and sequences of one schema, each keyed and iterated by name,
 * and of the other schemas inspected with it, named {@code schema.name}. The default
 * schema's own name is not part of the model, so two databases built from the same DDL
 * give equal models.
 *
 * @param tables the tables by name
 * @param enumTypes the enum types by name (PostgreSQL only; MariaDB and H2 enums are
 * column types)
 * @param sequences the sequences by name, without those the database made for identity or
 * serial columns
 * @param schemas the other schemas inspected that exist, by name; never the default one
 */
public record SchemaModel(Map<String, Table> tables, Map<String, EnumType> enumTypes, Map<String, Sequence> sequences,
		Set<String> schemas) {

	public SchemaModel {
		tables = sorted(tables);
		enumTypes = sorted(enumTypes);
		sequences = sorted(sequences);
		schemas = Collections.unmodifiableSet(new TreeSet<>(schemas));
	}

	/**
	 * A model of the default schema only.
	 * @param tables the tables by name
	 * @param enumTypes the enum types by name
	 * @param sequences the sequences by name
	 */
	public SchemaModel(Map<String, Table> tables, Map<String, EnumType> enumTypes, Map<String, Sequence> sequences) {
		this(tables, enumTypes, sequences, Set.of());
	}

	/**
	 * A model of the given objects.
	 * @param tables the tables
	 * @param enumTypes the enum types
	 * @param sequences the sequences
	 * @return the model
	 */
	public static SchemaModel of(Collection<Table> tables, Collection<EnumType> enumTypes,
			Collection<Sequence> sequences) {
		return of(tables, enumTypes, sequences, Set.of());
	}

	/**
	 * A model of the given objects, in the default schema and others.
	 * @param tables the tables
	 * @param enumTypes the enum types
	 * @param sequences the sequences
	 * @param schemas the other schemas
	 * @return the model
	 */
	public static SchemaModel of(Collection<Table> tables, Collection<EnumType> enumTypes,
			Collection<Sequence> sequences, Collection<String> schemas) {
		return new SchemaModel(byName(tables, Table::name), byName(enumTypes, EnumType::name),
				byName(sequences, Sequence::name), Set.copyOf(schemas));
	}

	/**
	 * The table with the given name.
	 * @param name the name as the database stores it
	 * @return the table, or {@code null} when there is none
	 */
	public @Nullable Table table(String name) {
		return this.tables.get(name);
	}

	private static <V> Map<String, V> byName(Collection<V> values, Function<V, String> name) {
		return values.stream().collect(Collectors.toMap(name, Function.identity()));
	}

	private static <V> Map<String, V> sorted(Map<String, V> map) {
		return Collections.unmodifiableMap(new TreeMap<>(map));
	}

}
