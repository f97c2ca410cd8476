package dev.migrate.autoconfigure.jpa;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that migrations run before JPA's {@link EntityManagerFactory} starts.
 */
class MigrateJpaOrderingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrateAutoConfiguration.class))
		.withUserConfiguration(EntityConfiguration.class);

	@Test
	void entityManagerFactoryValidatesTheMigratedSchemaOnPostgresql() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			this.contextRunner.withPropertyValues(properties(database))
				.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
						.contains("migrationRunner");
					EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
					entityManager.getTransaction().begin();
					entityManager.persist(new Account(1L, "Ada", "ada@example.com"));
					entityManager.getTransaction().commit();
					assertThat(entityManager.find(Account.class, 1L).getEmail()).isEqualTo("ada@example.com");
					entityManager.close();
				});
		}
	}

	@Test
	void entityManagerFactoryFailsToValidateWithoutMigrationsOnPostgresql() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			this.contextRunner.withPropertyValues(properties(database))
				.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "migrate.enabled=false")
				.run((context) -> assertThat(context).hasFailed()
					.getFailure()
					.hasStackTraceContaining("missing table [account]"));
		}
	}

	@Test
	void hibernateDoesNotManageTheSchemaOfAMigratedEmbeddedDatabase() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(EntityManagerFactory.class);
			Integer nameLength = new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
						+ " WHERE TABLE_NAME = 'ACCOUNT' AND COLUMN_NAME = 'NAME'", Integer.class);
			assertThat(nameLength).as("length of the migrated column, not Hibernate's 255").isEqualTo(100);
		});
	}

	private static String[] properties(TestDatabase database) {
		return database.springProperties()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Account.class)
	static class EntityConfiguration {

	}

}
