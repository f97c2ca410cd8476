package dev.migrate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database created for tests, dropped by {@link #close()}.
 * <p>
 * {@link #dataSource()} does not pool: every {@code getConnection()} opens a new physical
 * connection, so concurrency tests get truly independent sessions.
 *
 * @since 0.1.0
 */
public final class TestDatabase implements AutoCloseable {

	private static final String NAME_PREFIX = "migrate_test_";

	private final DatabaseKind kind;

	private final String name;

	private final String url;

	private final String username;

	private final String password;

	private final Runnable dropper;

	private final AtomicBoolean closed = new AtomicBoolean();

	TestDatabase(DatabaseKind kind, String name, String url, String username, String password, Runnable dropper) {
		this.kind = kind;
		this.name = name;
		this.url = url;
		this.username = username;
		this.password = password;
		this.dropper = dropper;
	}

	/**
	 * Create a new in-memory H2 database with a unique name, kept until {@link #close()}.
	 * @return the database
	 */
	public static TestDatabase h2() {
		String name = uniqueName();
		String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		return new TestDatabase(DatabaseKind.H2, name, url, "sa", "", () -> shutdownH2(url));
	}

	private static void shutdownH2(String url) {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not shut down H2 database " + url, ex);
		}
	}

	/**
	 * Return a new unique database name: {@code migrate_test_} and 12 random hex digits.
	 * @return the name
	 */
	static String uniqueName() {
		byte[] bytes = new byte[6];
		ThreadLocalRandom.current().nextBytes(bytes);
		return NAME_PREFIX + HexFormat.of().formatHex(bytes);
	}

	/**
	 * Return the kind of this database.
	 * @return the kind
	 */
	public DatabaseKind kind() {
		return this.kind;
	}

	/**
	 * Return the name of this database, such as {@code migrate_test_4cd99ccb2794}.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the JDBC URL of this database, as for {@code spring.datasource.url}.
	 * @return the JDBC URL
	 */
	public String url() {
		return this.url;
	}

	/**
	 * Return the user name to connect with.
	 * @return the user name
	 */
	public String username() {
		return this.username;
	}

	/**
	 * Return the password to connect with, empty for none.
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * Return a new non-pooling {@link DataSource} for this database.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return new DriverManagerDataSource(this.url, this.username, this.password);
	}

	/**
	 * Open a new connection to this database; the caller closes it.
	 * @return the connection
	 * @throws SQLException if the connection cannot be opened
	 */
	public Connection openConnection() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	/**
	 * Return the {@code spring.datasource.*} properties that point at this database, for
	 * {@code @DynamicPropertySource} or {@code ApplicationContextRunner}.
	 * @return the properties by name, in a stable order
	 */
	public Map<String, String> springProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", this.url);
		properties.put("spring.datasource.username", this.username);
		properties.put("spring.datasource.password", this.password);
		return properties;
	}

	/**
	 * Return the environment variables that point a Spring Boot application in another
	 * process at this database, {@link #springProperties()} as Spring Boot binds them
	 * from the environment ({@code SPRING_DATASOURCE_URL} and so on), for
	 * {@link JavaProcess}.
	 * @return a new map of the variables, in a stable order, for the caller to add to
	 */
	public Map<String, String> springEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		springProperties()
			.forEach((name, value) -> environment.put(name.replace('.', '_').toUpperCase(Locale.ROOT), value));
		return environment;
	}

	/**
	 * Drop this database. Calling it again does nothing.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.dropper.run();
		}
	}

	@Override
	public String toString() {
		return this.kind + " database " + this.name;
	}

}
