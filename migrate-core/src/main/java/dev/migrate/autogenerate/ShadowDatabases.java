package dev.migrate.autogenerate;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.UnknownDatabaseException;

import org.jspecify.annotations.Nullable;

/**
 * Creates throwaway databases on one server: PostgreSQL and MariaDB databases with the
 * encoding and collation of the database the settings connect to, and H2 in-memory
 * databases with the compatibility settings of its URL. Each is named
 * {@value #PREFIX}{@code <yyyyMMddHHmmss>_<random>}, the time it was created (UTC), so
 * that the first shadow database of a run can remove what a killed run left on the
 * server: shadow databases created an hour or more before this run started that no
 * session uses. A younger one may belong to a run still going (one on another machine,
 * between two of its connections), and is left to it.
 */
public final class ShadowDatabases {

	/** The prefix of every shadow database's name. */
	public static final String PREFIX = "migrate_shadow_";

	/** How old a shadow database must be before another run removes it as left over. */
	public static final Duration LEFTOVER_AGE = Duration.ofHours(1);

	private static final Pattern SERVER_URL = Pattern.compile("(jdbc:[a-z]+://[^/?;]*)(/[^?;]*)?(.*)");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{14})_[0-9a-f]+");

	private final Instant started;

	private boolean leftoversRemoved;

	private final String serverUrl;

	private final Function<String, DataSource> connector;

	private final Dialect dialect;

	/**
	 * Create shadow databases on the server of a database.
	 * @param serverUrl the JDBC URL of a database on the server, whose settings the
	 * shadow databases copy
	 * @param connector gives a data source for a JDBC URL on the server, with the
	 * credentials to use there
	 * @param dialect the server's dialect
	 */
	public ShadowDatabases(String serverUrl, Function<String, DataSource> connector, Dialect dialect) {
		this.serverUrl = serverUrl;
		this.connector = connector;
		this.dialect = dialect;
		this.started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * Create an empty shadow database.
	 * @return the database; close it to drop it
	 * @throws MigrateException when the user may not create databases, naming the
	 * privilege
	 */
	public ShadowDatabase create() {
		String name = PREFIX + CREATED.format(this.started) + "_" + HexFormat.of().formatHex(bytes());
		return switch (this.dialect.name()) {
			case "postgresql" -> {
				removeLeftovers("SELECT datname FROM pg_database WHERE datname LIKE 'migrate\\_shadow\\_%'", null,
						(leftover) -> "DROP DATABASE IF EXISTS \"" + leftover + "\"");
				yield createOnServer(name, postgresCreate(name),
						"DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)",
						"the CREATEDB privilege (ALTER ROLE <user> CREATEDB)");
			}
			case "mariadb" -> {
				removeLeftovers(
						"SELECT schema_name FROM information_schema.schemata "
								+ "WHERE schema_name LIKE 'migrate\\_shadow\\_%'",
						"SELECT COUNT(*) FROM information_schema.processlist WHERE db = ?",
						(leftover) -> "DROP DATABASE IF EXISTS `" + leftover + "`");
				yield createOnServer(name, mariaDbCreate(name), "DROP DATABASE IF EXISTS `" + name + "`",
						"the CREATE and DROP privileges on " + PREFIX + "% databases");
			}
			case "h2" -> h2(name);
			default -> throw new UnknownDatabaseException(
					"No shadow database can be made for dialect '" + this.dialect.name() + "'");
		};
	}

	/**
	 * Drop, once per run, the shadow databases whose name says they were created
	 * {@link #LEFTOVER_AGE} or more before the run started and that no session uses: what
	 * a killed run left. PostgreSQL refuses to drop a database in use; MariaDB is asked
	 * who uses one. This is tidying, so a database that cannot be listed or dropped is
	 * left as it is.
	 * @param list lists the shadow databases on the server
	 * @param sessions counts the sessions that use the database named by its parameter,
	 * or {@code null} when dropping one in use fails by itself
	 * @param drop the statement that drops a database
	 */
	private void removeLeftovers(String list, @Nullable String sessions, Function<String, String> drop) {
		if (this.leftoversRemoved) {
			return;
		}
		this.leftoversRemoved = true;
		try (Connection connection = this.connector.apply(this.serverUrl).getConnection();
				Statement statement = connection.createStatement()) {
			List<String> leftovers = new ArrayList<>();
			try (ResultSet result = statement.executeQuery(list)) {
				while (result.next()) {
					if (isLeftover(result.getString(1))) {
						leftovers.add(result.getString(1));
					}
				}
			}
			for (String leftover : leftovers) {
				if (sessions == null || !inUse(connection, sessions, leftover)) {
					dropQuietly(statement, drop.apply(leftover));
				}
			}
		}
		catch (SQLException ex) {
			// left for the next run
		}
	}

	private boolean isLeftover(String name) {
		Matcher matcher = NAME.matcher(name);
		return matcher.matches()
				&& CREATED.parse(matcher.group(1), Instant::from).isBefore(this.started.minus(LEFTOVER_AGE));
	}

	private static boolean inUse(Connection connection, String sessions, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sessions)) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) > 0;
			}
		}
	}

	private static void dropQuietly(Statement statement, String sql) {
		try {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			// in use, or not ours to drop: left as it is
		}
	}

	private static byte[] bytes() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private ShadowDatabase createOnServer(String name, String createSql, String dropSql, String privilege) {
		try {
			execute(createSql);
		}
		catch (SQLException ex) {
			throw new MigrateException("Cannot create the shadow database " + name + " on " + server()
					+ " for db check and db migrate: " + ex.getMessage() + "; the user needs " + privilege
					+ ", or set the shadow URL (migrate.model.shadow-url) to a server where it may create databases",
					ex);
		}
		DataSource dataSource = this.connector.apply(withDatabase(name));
		return new Shadow(name, dataSource, () -> execute(dropSql));
	}

	private String postgresCreate(String name) {
		String[] settings = query("SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database "
				+ "WHERE datname = current_database()", 3);
		return "CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING '" + settings[0] + "' LC_COLLATE '"
				+ settings[1] + "' LC_CTYPE '" + settings[2] + "'";
	}

	private String mariaDbCreate(String name) {
		String[] settings = query("SELECT default_character_set_name, default_collation_name "
				+ "FROM information_schema.schemata WHERE schema_name = DATABASE()", 2);
		return "CREATE DATABASE `" + name + "` CHARACTER SET " + settings[0] + " COLLATE " + settings[1];
	}

	/**
	 * An in-memory database kept open until it is shut down, with the settings of the
	 * server's URL that change how SQL is read, such as {@code MODE=PostgreSQL}.
	 */
	private ShadowDatabase h2(String name) {
		String settings = Stream.of(this.serverUrl.split(";")).skip(1).filter((setting) -> {
			String key = setting.split("=", 2)[0].trim().toUpperCase(Locale.ROOT);
			return key.equals("MODE") || key.startsWith("DATABASE_TO_") || key.startsWith("CASE_INSENSITIVE")
					|| key.equals("DEFAULT_NULL_ORDERING") || key.equals("NON_KEYWORDS");
		}).map((setting) -> ";" + setting).collect(Collectors.joining());
		DataSource dataSource = this.connector.apply("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + settings);
		return new Shadow(name, dataSource, () -> {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		});
	}

	private String withDatabase(String name) {
		Matcher matcher = SERVER_URL.matcher(this.serverUrl);
		if (!matcher.matches()) {
			throw new MigrateException("Cannot tell the server from URL " + server()
					+ "; set the shadow URL (migrate.model.shadow-url) to a jdbc:<driver>://host:port/database URL");
		}
		return matcher.group(1) + "/" + name + matcher.group(3);
	}

	/**
	 * The server's URL with any password in it masked, for messages.
	 */
	private String server() {
		return this.serverUrl.replaceAll("(?i)(password=)[^&;]*", "$1XXXXX");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.connector.apply(this.serverUrl).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private String[] query(String sql, int columns) {
		try (Connection connection = this.connector.apply(this.serverUrl).getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			if (!result.next()) {
				throw new MigrateException("Cannot read the settings of the database at " + server());
			}
			String[] values = new String[columns];
			for (int i = 0; i < columns; i++) {
				values[i] = result.getString(i + 1);
			}
			return values;
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Cannot read the settings of the database at " + server() + ": " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface Drop {

		void run() throws SQLException;

	}

	private record Shadow(String name, DataSource dataSource, Drop drop) implements ShadowDatabase {

		@Override
		public void close() {
			try {
				this.drop.run();
			}
			catch (SQLException ex) {
				throw new MigrateException(
						"Cannot drop the shadow database " + this.name + ": " + ex.getMessage() + "; drop it by hand",
						ex);
			}
		}

	}

}
