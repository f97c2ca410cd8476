package dev.migrate.autoconfigure.jpa;

import java.util.List;

import com.example.catalog.CatalogProduct;
import com.example.shop.Customer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link JpaSchemaGenerator} finds the entities Spring Boot's JPA
 * auto-configuration finds.
 */
class JpaEntityDiscoveryTests {

	private static final TargetDatabase H2 = new TargetDatabase("H2", "2.3.232", 2, 3);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void entitiesOfTheAutoConfigurationPackages() {
		this.contextRunner.withUserConfiguration(CatalogApplication.class)
			.run((context) -> assertThat(createdTables(JpaSchemaGenerator.of(context)))
				.containsExactly("catalog_product"));
	}

	@Test
	void entityScanWinsOverTheAutoConfigurationPackages() {
		this.contextRunner.withUserConfiguration(CatalogApplication.class, ShopEntityScan.class)
			.run((context) -> assertThat(createdTables(JpaSchemaGenerator.of(context)))
				.containsExactlyInAnyOrder("customer", "purchase_order", "order_line"));
	}

	@Test
	void persistenceManagedTypesBeanWinsOverScanning() {
		this.contextRunner.withUserConfiguration(ShopEntityScan.class, CatalogOnlyManagedTypes.class)
			.run((context) -> assertThat(createdTables(JpaSchemaGenerator.of(context)))
				.containsExactly("catalog_product"));
	}

	@Test
	void entityScanWithoutJpaAutoConfiguration() {
		new ApplicationContextRunner().withUserConfiguration(ShopEntityScan.class)
			.run((context) -> assertThat(createdTables(JpaSchemaGenerator.of(context)))
				.containsExactlyInAnyOrder("customer", "purchase_order", "order_line"));
	}

	private static List<String> createdTables(JpaSchemaGenerator generator) {
		return generator.generate(H2)
			.createStatements()
			.stream()
			.filter((statement) -> statement.startsWith("create table "))
			.map((statement) -> statement.substring("create table ".length(), statement.indexOf(' ', 13)))
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = CatalogProduct.class)
	static class CatalogApplication {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class ShopEntityScan {

	}

	@Configuration(proxyBeanMethods = false)
	static class CatalogOnlyManagedTypes {

		@Bean
		PersistenceManagedTypes catalogManagedTypes() {
			return PersistenceManagedTypes.of(CatalogProduct.class.getName());
		}

	}

}
