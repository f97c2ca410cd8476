package dev.migrate.autoconfigure;

import dev.migrate.runtime.ChecksumPolicy;
import dev.migrate.runtime.MigratorBuilder;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.ScriptLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateProperties}.
 */
class MigratePropertiesTests {

	@Test
	void defaultsMatchCoreDefaults() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.getLocations()).containsExactly(ScriptLoader.DEFAULT_LOCATION);
		assertThat(properties.getVersionTable()).isEqualTo(MigratorBuilder.DEFAULT_VERSION_TABLE);
		assertThat(properties.getHistoryTable()).isEqualTo(MigratorBuilder.DEFAULT_HISTORY_TABLE);
		assertThat(properties.getLockTimeout()).isEqualTo(MigratorBuilder.DEFAULT_LOCK_TIMEOUT);
		assertThat(properties.getTransactionMode()).isEqualTo(TransactionMode.PER_REVISION);
		assertThat(properties.getChecksumPolicy()).isEqualTo(ChecksumPolicy.FAIL);
	}

	@Test
	void upgradesToTheHeadsOnStartupByDefault() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.isAutoUpgrade()).isTrue();
		assertThat(properties.getTarget()).isEqualTo("heads");
		assertThat(properties.isRequireUpToDate()).isFalse();
	}

}
