package dev.migrate.autoconfigure.jpa;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link DataJpaTest @DataJpaTest} runs migrations before JPA starts.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class DataJpaTestSliceTests {

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void entitiesMapToTheMigratedSchema() {
		this.entityManager.persistAndFlush(new Account(7L, "Grace", "grace@example.com"));
		assertThat(this.entityManager.find(Account.class, 7L).getName()).isEqualTo("Grace");
	}

}
