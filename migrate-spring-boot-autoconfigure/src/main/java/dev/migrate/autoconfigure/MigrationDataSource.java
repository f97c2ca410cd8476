package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Finds the {@link DataSource} migrate upgrades: a
 * {@link MigrateDataSource @MigrateDataSource} bean, else one of its own for
 * {@code migrate.url}, else the application's DataSource (with the credentials of
 * {@code migrate.user} when set).
 */
final class MigrationDataSource {

	private final MigrateProperties properties;

	private final ObjectProvider<DataSource> migrateDataSource;

	private final ObjectProvider<DataSource> dataSource;

	MigrationDataSource(MigrateProperties properties, ObjectProvider<DataSource> migrateDataSource,
			ObjectProvider<DataSource> dataSource) {
		this.properties = properties;
		this.migrateDataSource = migrateDataSource;
		this.dataSource = dataSource;
	}

	/**
	 * Return the URL of the separate database to migrate, if {@code migrate.url} is set
	 * and no {@code @MigrateDataSource} bean exists.
	 */
	@Nullable String url() {
		return (this.migrateDataSource.getIfAvailable() == null && StringUtils.hasText(this.properties.getUrl()))
				? this.properties.getUrl() : null;
	}

	/**
	 * Return the existing bean migrate upgrades, if it upgrades one.
	 */
	@Nullable DataSource existing() {
		DataSource qualified = this.migrateDataSource.getIfAvailable();
		if (qualified != null) {
			return qualified;
		}
		return (url() != null) ? null : this.dataSource.getIfUnique();
	}

	/**
	 * Return the data source to migrate, creating one for {@code migrate.url} or
	 * {@code migrate.user}.
	 */
	DataSource get() {
		String url = url();
		if (url != null) {
			return withCredentials(DataSourceBuilder.create().url(url));
		}
		DataSource existing = existing();
		if (existing == null) {
			throw new IllegalStateException(
					"No unique DataSource to migrate; mark one @MigrateDataSource or set migrate.url");
		}
		if (this.migrateDataSource.getIfAvailable() == null && StringUtils.hasText(this.properties.getUser())) {
			return withCredentials(DataSourceBuilder.derivedFrom(existing));
		}
		return existing;
	}

	private DataSource withCredentials(DataSourceBuilder<?> builder) {
		DataSourceBuilder<SimpleDriverDataSource> simple = builder.type(SimpleDriverDataSource.class);
		String user = this.properties.getUser();
		if (user != null) {
			simple.username(user);
		}
		String password = this.properties.getPassword();
		if (password != null) {
			simple.password(password);
		}
		return simple.build();
	}

}
