package dev.migrate.autogenerate;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.Assert;

/**
 * How to open connections to a database: its JDBC URL and credentials.
 *
 * @param url the JDBC URL
 * @param username the user, or {@code null} for the driver's default
 * @param password the password, or {@code null} for none
 */
public record ConnectionSettings(String url, @Nullable String username, @Nullable String password) {

	public ConnectionSettings {
		Assert.hasText(url, "'url' must not be empty");
	}

	/**
	 * The same server and credentials with another URL.
	 * @param url the other URL
	 * @return the settings
	 */
	public ConnectionSettings withUrl(String url) {
		return new ConnectionSettings(url, this.username, this.password);
	}

	/**
	 * A data source that opens a new connection with these settings each time.
	 * @return the data source
	 */
	public DataSource dataSource() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.url);
		if (this.username != null) {
			dataSource.setUsername(this.username);
		}
		if (this.password != null) {
			dataSource.setPassword(this.password);
		}
		return dataSource;
	}

	@Override
	public String toString() {
		return this.url.replaceAll("(?i)(password=)[^&;]*", "$1XXXXX");
	}

}
