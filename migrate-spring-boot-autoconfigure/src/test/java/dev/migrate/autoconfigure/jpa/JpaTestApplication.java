package dev.migrate.autoconfigure.jpa;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;

/**
 * The configuration that {@code @JdbcTest} and {@code @DataJpaTest} slices find.
 */
@SpringBootConfiguration
@AutoConfigurationPackage
class JpaTestApplication {

}
