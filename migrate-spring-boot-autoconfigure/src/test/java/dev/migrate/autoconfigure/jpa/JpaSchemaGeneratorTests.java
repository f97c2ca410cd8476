package dev.migrate.autoconfigure.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.example.shop.Customer;
import com.example.shop.PurchaseOrder;
import com.example.shop.ShopApplication;
import dev.migrate.dialect.Dialects;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests that {@link JpaSchemaGenerator} writes the schema Hibernate validates, named as
 * Spring Boot names it, without starting the EntityManagerFactory.
 */
class JpaSchemaGeneratorTests {

	private final ApplicationContextRunner applicationRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
		.withUserConfiguration(ShopApplication.class);

	/**
	 * The application while generating: its own EntityManagerFactory manages no schema,
	 * and every Hibernate SessionFactory built with the application's settings is
	 * counted.
	 */
	private final ApplicationContextRunner generatingRunner = this.applicationRunner
		.withUserConfiguration(SessionFactoryCounterConfiguration.class)
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=none");

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void generatedSchemaIsTheOneTheApplicationValidates(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			List<String> statements = generate(database, this.generatingRunner);
			assertThat(statements).allSatisfy((statement) -> assertThat(statement).doesNotEndWith(";"));
			apply(database, statements);
			this.applicationRunner.withPropertyValues(properties(database))
				.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					placeOrder(context.getBean(EntityManagerFactory.class));
				});
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void generatedSchemaIsNamedAsSpringBootNamesIt(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			apply(database, generate(database, this.generatingRunner));
			SchemaModel schema = inspect(database);
			Naming naming = new Naming(kind);
			assertThat(schema.tables()).containsOnlyKeys(naming.of("customer"), naming.of("purchase_order"),
					naming.of("order_line"));
			Table customer = schema.tables().get(naming.of("customer"));
			assertThat(customer.columns()).extracting(Column::name)
				.containsExactlyInAnyOrder(naming.of("id"), naming.of("display_name"), naming.of("email_address"),
						naming.of("account_status"));
			assertThat(customer.column(naming.of("display_name")).nullable()).isFalse();
			assertThat(customer.column(naming.of("display_name")).type().text()).contains("80");
			assertThat(customer.column(naming.of("email_address")).nullable()).isTrue();
			assertThat(customer.uniqueConstraints()).singleElement()
				.satisfies((unique) -> assertThat(unique.columns()).containsExactly(naming.of("email_address")));
			assertThat(customer.column(naming.of("id")).isIdentity()).isTrue();
			Table order = schema.tables().get(naming.of("purchase_order"));
			assertThat(order.column(naming.of("total_amount")).type().text()).contains("12").contains("2");
			assertThat(order.uniqueConstraints()).anySatisfy((unique) -> {
				assertThat(unique.name()).isEqualToIgnoringCase("uk_purchase_order_number");
				assertThat(unique.columns()).containsExactly(naming.of("customer_id"), naming.of("order_number"));
			});
			assertThat(order.indexes()).anySatisfy((index) -> {
				assertThat(index.name()).isEqualToIgnoringCase("idx_purchase_order_placed_at");
				assertThat(index.keys()).singleElement()
					.satisfies((key) -> assertThat(key.column()).isEqualTo(naming.of("placed_at")));
			});
			assertThat(order.foreignKeys()).singleElement().satisfies((foreignKey) -> {
				assertThat(foreignKey.columns()).containsExactly(naming.of("customer_id"));
				assertThat(foreignKey.referencedTable()).isEqualTo(naming.of("customer"));
			});
			Table orderLine = schema.tables().get(naming.of("order_line"));
			assertThat(orderLine.foreignKeys()).extracting(ForeignKey::referencedTable)
				.containsExactly(naming.of("purchase_order"));
			assertThat(orderLine.column(naming.of("unit_price")).nullable()).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void namingStrategyBeanNamesTheGeneratedSchema(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			ApplicationContextRunner withNamingBean = this.generatingRunner
				.withUserConfiguration(PrefixedNamingConfiguration.class);
			apply(database, generate(database, withNamingBean));
			Naming naming = new Naming(kind);
			assertThat(inspect(database).tables()).containsOnlyKeys(naming.of("shop_customer"),
					naming.of("shop_purchase_order"), naming.of("shop_order_line"));
			this.applicationRunner.withUserConfiguration(PrefixedNamingConfiguration.class)
				.withPropertyValues(properties(database))
				.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "H2", "POSTGRESQL" })
	void namingPropertiesNameTheGeneratedSchema(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			String standardNaming = "spring.jpa.hibernate.naming.physical-strategy="
					+ "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
			apply(database, generate(database, this.generatingRunner.withPropertyValues(standardNaming)));
			Naming naming = new Naming(kind);
			Table order = inspect(database).tables().get(naming.of("purchaseorder"));
			assertThat(order).isNotNull();
			assertThat(order.column(naming.of("ordernumber"))).isNotNull();
			this.applicationRunner.withPropertyValues(properties(database))
				.withPropertyValues(standardNaming, "spring.jpa.hibernate.ddl-auto=validate")
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "H2", "POSTGRESQL" })
	void jpaPropertiesApplyToTheGeneratedSchema(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			String quoted = "spring.jpa.properties.hibernate.globally_quoted_identifiers=true";
			List<String> statements = generate(database, this.generatingRunner.withPropertyValues(quoted));
			assertThat(statements).first().asString().startsWith("create table \"Customer\"");
			apply(database, statements);
			assertThat(inspect(database).tables()).containsOnlyKeys("Customer", "PurchaseOrder", "OrderLine");
			this.applicationRunner.withPropertyValues(properties(database))
				.withPropertyValues(quoted, "spring.jpa.hibernate.ddl-auto=validate")
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@Test
	void generatesWithoutJpaAutoConfiguration() throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.H2)) {
			ApplicationContextRunner withoutJpa = new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
				.withUserConfiguration(ShopApplication.class)
				.withPropertyValues(properties(database));
			TargetDatabase target;
			try (Connection connection = database.openConnection()) {
				target = TargetDatabase.of(connection);
			}
			withoutJpa.run((context) -> {
				assertThat(context).doesNotHaveBean(EntityManagerFactory.class);
				apply(database, JpaSchemaGenerator.of(context).generate(target).createStatements());
			});
			assertThat(inspect(database).tables()).containsOnlyKeys("CUSTOMER", "PURCHASE_ORDER", "ORDER_LINE");
		}
	}

	@Test
	void applicationWithoutEntityPackagesIsAnError() {
		new ApplicationContextRunner().run(
				(context) -> assertThatIllegalStateException()
					.isThrownBy(() -> JpaSchemaGenerator.of(context)
						.generate(new TargetDatabase("PostgreSQL", "15.0", 15, 0))
						.createStatements())
					.withMessageContaining("@EntityScan"));
	}

	private List<String> generate(TestDatabase database, ApplicationContextRunner runner) throws SQLException {
		TargetDatabase target;
		try (Connection connection = database.openConnection()) {
			target = TargetDatabase.of(connection);
		}
		List<List<String>> generated = new ArrayList<>();
		runner.withPropertyValues(properties(database)).run((context) -> {
			assertThat(context).hasNotFailed();
			SessionFactoryCounter counter = context.getBean(SessionFactoryCounter.class);
			assertThat(counter.created).as("the application's own EntityManagerFactory").hasValue(1);
			generated.add(JpaSchemaGenerator.of(context).generate(target).createStatements());
			assertThat(counter.created).as("session factories after generating").hasValue(1);
		});
		return generated.get(0);
	}

	private static void apply(TestDatabase database, List<String> statements) throws SQLException {
		try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static SchemaModel inspect(TestDatabase database) throws SQLException {
		DataSource dataSource = database.dataSource();
		try (Connection connection = dataSource.getConnection()) {
			return SchemaInspectors.forDialect(Dialects.detect(dataSource)).inspect(connection, null, List.of());
		}
	}

	private static void placeOrder(EntityManagerFactory entityManagerFactory) {
		EntityManager entityManager = entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			Customer customer = new Customer("Ada");
			entityManager.persist(customer);
			entityManager.persist(new PurchaseOrder(customer, "A-1"));
			entityManager.getTransaction().commit();
			assertThat(entityManager.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult())
				.isEqualTo(1L);
		}
		finally {
			entityManager.close();
		}
	}

	private static String[] properties(TestDatabase database) {
		return database.springProperties()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	/**
	 * Names as the database stores unquoted identifiers: upper case on H2.
	 */
	private record Naming(DatabaseKind kind) {

		String of(String name) {
			return (this.kind == DatabaseKind.H2) ? name.toUpperCase(Locale.ROOT) : name;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrefixedNamingConfiguration {

		@Bean
		PhysicalNamingStrategy prefixedNamingStrategy() {
			return new PhysicalNamingStrategySnakeCaseImpl() {

				@Override
				public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment environment) {
					Identifier snakeCase = super.toPhysicalTableName(logicalName, environment);
					return Identifier.toIdentifier("shop_" + snakeCase.getText(), snakeCase.isQuoted());
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SessionFactoryCounterConfiguration {

		@Bean
		SessionFactoryCounter sessionFactoryCounter() {
			return new SessionFactoryCounter();
		}

		@Bean
		HibernatePropertiesCustomizer sessionFactoryCounterCustomizer(SessionFactoryCounter counter) {
			return (properties) -> properties.put(AvailableSettings.SESSION_FACTORY_OBSERVER, counter);
		}

	}

	static class SessionFactoryCounter implements SessionFactoryObserver {

		final AtomicInteger created = new AtomicInteger();

		@Override
		public void sessionFactoryCreated(SessionFactory factory) {
			this.created.incrementAndGet();
		}

	}

}
