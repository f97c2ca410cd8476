package dev.migrate.test;

import java.util.Map;

import jpaapp.Customer;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.test.context.ContextConfiguration;

import static dev.migrate.test.DataCheck.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * In a {@code @DataJpaTest} the checks run on the slice's database, the model check takes
 * the JPA entities as the model (the model source the application's configuration picks),
 * and a data check sees what the entities wrote.
 */
class DataJpaTestSliceTests {

	@Test
	void everyCheckPassesWhenTheRevisionsBuildTheEntitiesTables() {
		Events tests = run(MatchingEntities.class);
		// heads, downgrades, upgrade, model, one stairway step, offline SQL, lint, the
		// data test
		tests.assertStatistics((stats) -> stats.started(8).succeeded(8));
	}

	@Test
	void entityThatMovedOnFromTheRevisionsFailsTheModelCheck() {
		run(DriftedEntities.class).failed()
			.assertThatEvents()
			.haveExactly(1, event(displayName("model matches the migrated schema"),
					finishedWithFailure(message("After 'db upgrade heads' the schema differs from the model."
							+ " The model of the JPA entities has changes that no revision applied to the database captures:\n"
							+ "  alter column CUSTOMER.EMAIL: type CHARACTER VARYING(100) -> CHARACTER VARYING(200)\n"
							+ "Run 'db migrate -m \"<message>\"' to write a revision for them."))));
	}

	private static Events run(Class<?> fixture) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
	}

	@SpringBootConfiguration
	@AutoConfigurationPackage(basePackageClasses = Customer.class)
	static class JpaApplication {

	}

	@ContextConfiguration(classes = JpaApplication.class)
	@DataJpaTest(properties = { "migrate.locations=classpath:db/jpa", "spring.jpa.hibernate.ddl-auto=validate" })
	static class MatchingEntities implements MigrationChecks {

		@Autowired
		TestEntityManager entityManager;

		@Test
		void entitiesReadRowsADataCheckSeeded(MigrationData data) {
			data.at("heads")
				.insert("customer", Map.of("id", 7, "email", "grace@example.com"))
				.expectRows("SELECT id, email FROM customer", row(7, "grace@example.com"));
			assertThat(this.entityManager.find(Customer.class, 7L).getEmail()).isEqualTo("grace@example.com");
		}

	}

	@ContextConfiguration(classes = JpaApplication.class)
	@DataJpaTest(properties = { "migrate.locations=classpath:db/jpadrift", "spring.jpa.hibernate.ddl-auto=none" })
	@MigrationTest(checks = MigrationCheck.MODEL)
	static class DriftedEntities implements MigrationChecks {

	}

}
