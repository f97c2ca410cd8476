package dev.migrate.autoconfigure.jpa;

import java.util.List;

import dev.migrate.autoconfigure.jpa.scenario.JpaScenario;
import dev.migrate.testsupport.DatabaseKind;

/**
 * The entity changes of the JPA scenario corpus, one per feature of the mapping.
 */
final class JpaScenarios {

	private static final String ITEM = """
			@Entity
			class Item {
				@Id Long id;
				@Column(length = 50) String name;
			}
			""";

	/**
	 * An entity whose ids come from a sequence of its own, with all the options of
	 * {@code @SequenceGenerator}.
	 */
	static final String TICKET = """
			@Entity
			class Ticket {
				@Id
				@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_numbers")
				@SequenceGenerator(name = "ticket_numbers", sequenceName = "ticket_number_seq", allocationSize = 10,
						initialValue = 1000)
				Long id;
				@Column(length = 40) String subject;
			}
			""";

	private static final String ADDRESS = """
			@Embeddable
			class Address {
				@Column(length = 80) String street;
				@Column(length = 40) String city;
			}
			""";

	private static final String ADDRESS_OWNERS = """
			@Entity
			class Item {
				@Id Long id;
				@Embedded Address address;
				@Embedded
				@AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 80))
				@AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 40))
				Address billing;
			}
			@Entity
			class Shop {
				@Id Long id;
				@Embedded Address location;
			}
			""";

	static final List<JpaScenario> ALL = List
		.of(JpaScenario.of("column length", ITEM, ITEM.replace("length = 50", "length = 120")),
				JpaScenario.of("column made not null", ITEM,
						ITEM.replace("length = 50", "length = 50, nullable = false")),
				JpaScenario.of("column precision and scale", """
						@Entity
						class Item {
							@Id Long id;
							@Column(precision = 10, scale = 2) BigDecimal price;
						}
						""", """
						@Entity
						class Item {
							@Id Long id;
							@Column(precision = 12, scale = 3) BigDecimal price;
							@Column(precision = 5) BigDecimal ratio;
						}
						"""),
				JpaScenario.of("column made unique", ITEM, ITEM.replace("length = 50", "length = 50, unique = true")),
				JpaScenario.of("column definition", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@Column(columnDefinition = "varchar(40) default 'new' not null") String state;
						}
						"""), JpaScenario.of("table index", ITEM, """
						@Entity
						@Table(indexes = { @Index(name = "ix_item_name", columnList = "name"),
								@Index(name = "ix_item_name_code", columnList = "name, code desc") })
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							int code;
						}
						"""),
				JpaScenario.of("table unique constraint", ITEM,
						"""
								@Entity
								@Table(uniqueConstraints = @UniqueConstraint(name = "uk_item_name_kind", columnNames = { "name", "kind" }))
								class Item {
									@Id Long id;
									@Column(length = 50) String name;
									@Column(length = 10) String kind;
								}
								"""),
				JpaScenario.of("many-to-one", ITEM, ITEM + """
						@Entity
						class Review {
							@Id Long id;
							@ManyToOne(optional = false) Item item;
							int stars;
						}
						"""), JpaScenario.of("one-to-many with a join column", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@OneToMany @JoinColumn(name = "item_id") List<Part> parts;
						}
						@Entity
						class Part {
							@Id Long id;
							@Column(length = 30) String label;
						}
						"""), JpaScenario.of("one-to-one", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@OneToOne Manual manual;
						}
						@Entity
						class Manual {
							@Id Long id;
							int pages;
						}
						"""), JpaScenario.of("many-to-many with a join table", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@ManyToMany @JoinTable(name = "item_tag") Set<Tag> tags;
						}
						@Entity
						class Tag {
							@Id Long id;
							@Column(length = 20, nullable = false, unique = true) String label;
						}
						"""), JpaScenario.of("embedded", ITEM, """
						@Embeddable
						class Address {
							@Column(length = 80) String street;
							@Column(length = 40, nullable = false) String city;
						}
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@Embedded Address address;
							@Embedded
							@AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 80))
							@AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 40))
							Address billing;
						}
						"""), JpaScenario.of("element collection", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@ElementCollection @Column(name = "alias", length = 30) List<String> aliases;
						}
						"""), JpaScenario.of("single-table inheritance", ITEM, ITEM + """
						@Entity
						@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
						@DiscriminatorColumn(name = "kind", length = 10)
						class Vehicle {
							@Id Long id;
							int wheels;
						}
						@Entity
						@DiscriminatorValue("car")
						class Car extends Vehicle {
							Integer seats;
						}
						@Entity
						@DiscriminatorValue("truck")
						class Truck extends Vehicle {
							BigDecimal payload;
						}
						"""), JpaScenario.of("joined inheritance", ITEM, ITEM + """
						@Entity
						@Inheritance(strategy = InheritanceType.JOINED)
						class Payment {
							@Id Long id;
							long cents;
						}
						@Entity
						class CardPayment extends Payment {
							@Column(length = 4, nullable = false) String lastDigits;
						}
						"""), JpaScenario.of("identity id", ITEM, ITEM + """
						@Entity
						class Note {
							@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
							@Column(length = 200) String text;
						}
						"""), JpaScenario.of("sequence id", ITEM, ITEM + """
						@Entity
						class Note {
							@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
							@Column(length = 200) String text;
						}
						"""), JpaScenario.of("sequence generator", ITEM, ITEM + TICKET),
				JpaScenario.of("sequence allocation size changed", TICKET,
						TICKET.replace("allocationSize = 10", "allocationSize = 25")),
				JpaScenario.of("auto id", ITEM, ITEM + """
						@Entity
						class Note {
							@Id @GeneratedValue Long id;
							@Column(length = 200) String text;
						}
						"""),
				JpaScenario.of("existing entity gets a sequence id", ITEM,
						ITEM.replace("@Id Long id;",
								"@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;")),
				JpaScenario.of("embeddable field renamed", ADDRESS + ADDRESS_OWNERS,
						ADDRESS.replace("String street;",
								"@dev.migrate.annotations.RenamedFrom(\"street\") String streetLine;")
								+ ADDRESS_OWNERS.replace("name = \"street\"", "name = \"streetLine\"")),
				JpaScenario.of("enumerated string", ITEM, """
						enum Status { DRAFT, PUBLISHED }
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@Enumerated(EnumType.STRING) @Column(length = 12) Status status;
						}
						"""), JpaScenario.of("enum constant added", """
						enum Status { DRAFT, PUBLISHED }
						@Entity
						class Item {
							@Id Long id;
							@Enumerated(EnumType.STRING) @Column(length = 12) Status status;
						}
						""", """
						enum Status { DRAFT, PUBLISHED, ARCHIVED }
						@Entity
						class Item {
							@Id Long id;
							@Enumerated(EnumType.STRING) @Column(length = 12) Status status;
						}
						"""),
				JpaScenario
					.of("postgresql named enum", ITEM,
							"""
									enum Mood { HAPPY, SAD }
									@Entity
									class Item {
										@Id Long id;
										@Column(length = 50) String name;
										@Enumerated(EnumType.STRING) @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM)
										Mood mood;
									}
									""")
					.on(DatabaseKind.POSTGRESQL),
				JpaScenario.of("lob", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@Lob byte[] image;
							@Lob String description;
						}
						"""), JpaScenario.of("version", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@Version long version;
						}
						"""), JpaScenario.of("java.time types", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							LocalDate madeOn;
							LocalTime opensAt;
							LocalDateTime updatedAt;
							Instant seenAt;
							OffsetDateTime shippedAt;
							Duration warranty;
						}
						"""), JpaScenario.of("uuid", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							UUID reference;
						}
						"""), JpaScenario.of("comment", ITEM, """
						@Entity
						@org.hibernate.annotations.Comment("Things we sell")
						class Item {
							@Id Long id;
							@Column(length = 50) @org.hibernate.annotations.Comment("What customers see") String name;
						}
						"""), JpaScenario.of("column default", ITEM, """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) @org.hibernate.annotations.ColumnDefault("'unnamed'") String name;
							@Column(nullable = false) @org.hibernate.annotations.ColumnDefault("0") int stock;
						}
						"""), JpaScenario.of("check", ITEM, """
						@Entity
						@org.hibernate.annotations.Check(name = "ck_item_stock", constraints = "stock >= 0")
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							int stock;
						}
						"""),
				JpaScenario.of("on delete cascade", ITEM + """
						@Entity
						class Review {
							@Id Long id;
							@ManyToOne Item item;
						}
						""",
						ITEM + """
								@Entity
								class Review {
									@Id Long id;
									@ManyToOne @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
									Item item;
								}
								"""),
				JpaScenario.of("field removed", """
						@Entity
						class Item {
							@Id Long id;
							@Column(length = 50) String name;
							@Column(length = 20) String legacyCode;
						}
						""", ITEM), JpaScenario.of("entity removed", ITEM + """
						@Entity
						class Obsolete {
							@Id Long id;
						}
						""", ITEM));

	private JpaScenarios() {
	}

}
