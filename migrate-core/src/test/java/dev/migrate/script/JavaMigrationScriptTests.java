package dev.migrate.script;

import java.util.List;

import db.migrations.constructor.FailingConstructor;
import db.migrations.constructor.NeedsArgument;
import db.migrations.mixed.CreateAccounts;
import dev.migrate.graph.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JavaMigrationScript}.
 */
class JavaMigrationScriptTests {

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void instantiatesMigration() {
		assertThat(script(CreateAccounts.class.getName()).instantiate(this.classLoader))
			.isInstanceOf(CreateAccounts.class);
	}

	@Test
	void loadedScriptsInstantiateTheirClass() {
		List<MigrationScript> scripts = new ScriptLoader().load(List.of("classpath:db/migrations/constructor"));
		assertThat(scripts).extracting((script) -> ((JavaMigrationScript) script).className())
			.containsExactly(FailingConstructor.class.getName(), NeedsArgument.class.getName());
	}

	@Test
	void classWithoutNoArgumentConstructorIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> script(NeedsArgument.class.getName()).instantiate(this.classLoader))
			.withMessage("Cannot create migration db.migrations.constructor.NeedsArgument; "
					+ "it needs to be a public class with a public no-argument constructor");
	}

	@Test
	void failingConstructorIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> script(FailingConstructor.class.getName()).instantiate(this.classLoader))
			.withMessage("The constructor of migration db.migrations.constructor.FailingConstructor failed")
			.havingCause()
			.withMessage("boom");
	}

	@Test
	void missingClassIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> script("db.migrations.Gone").instantiate(this.classLoader))
			.withMessage("Cannot load migration class db.migrations.Gone");
	}

	@Test
	void classThatIsNoMigrationIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> script(String.class.getName()).instantiate(this.classLoader))
			.withMessage("Class java.lang.String does not implement dev.migrate.script.Migration");
	}

	private JavaMigrationScript script(String className) {
		return new JavaMigrationScript(Revision.of("a1"), className, true);
	}

}
