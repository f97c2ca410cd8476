package dev.migrate.sample;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.JavaProcess;
import dev.migrate.testsupport.JavaProcess.Result;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flask-Migrate loop on a copy of the sample, each step a process as a developer runs
 * it: an entity gains a field and a new entity refers to an existing one, {@code db
 * migrate -m} writes a Java revision, which compiles and has an upgrade and a downgrade;
 * {@code db upgrade} applies it, {@code db check} finds nothing left, the application
 * starts with {@code spring.jpa.hibernate.ddl-auto=validate} (and does not before the
 * upgrade), and {@code db downgrade -1} gives the schema back.
 */
class EntityChangeWorkflowTests {

	private static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done\n");

	private static final String MAIN_CLASS = "dev.migrate.sample.SampleApplication";

	@TempDir
	Path project;

	private TestDatabase database;

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "H2", "POSTGRESQL", "MARIADB" })
	void changedEntitiesBecomeARevisionThatUpgradesValidatesAndDowngrades(DatabaseKind kind) throws Exception {
		copy(Path.of("src/main"), this.project.resolve("src/main"));
		Map<String, String> environment = environment(kind);
		compile();
		assertThat(db(environment, "upgrade").status()).isZero();
		Result initial = db(environment, "check");
		assertThat(initial.status()).as("the sample's entities match its revisions: " + initial.out() + initial.err())
			.isZero();
		SchemaModel before = inspect(kind, environment);

		addPhoneToAccount();
		Files.writeString(sources().resolve("Shipment.java"), SHIPMENT);
		compile();
		Result behind = db(environment, "check");
		assertThat(behind.status()).as(behind.err()).isEqualTo(3);
		assertThat(behind.out()).containsIgnoringCase("add column account.phone")
			.containsIgnoringCase("add table shipment");

		Result migrate = db(environment, "migrate", "-m", "Add phone and shipments");
		assertThat(migrate.status()).as(migrate.err()).isZero();
		Matcher generated = GENERATED.matcher(migrate.out());
		assertThat(generated.find()).as(migrate.out()).isTrue();
		Path revision = Path.of(generated.group(1));
		assertThat(revision)
			.isEqualTo(this.project.resolve("src/main/java/db/migrations/AddPhoneAndShipments.java").toAbsolutePath());
		assertThat(Files.readString(revision)).contains("revises = \"7f708192a3b4\"")
			.contains("public void upgrade(Operations op)")
			.contains("public void downgrade(Operations op)")
			.containsPattern("op.addColumn\\(\"(?i:account)\", column\\(\"(?i:phone)\"")
			.containsPattern("op.createTable\\(\"(?i:shipment)\"")
			.containsPattern("op.dropTable\\(\"(?i:shipment)\"")
			.containsPattern("op.dropColumn\\(\"(?i:account)\", ");
		compile();

		Map<String, String> noAutoUpgrade = new HashMap<>(environment);
		noAutoUpgrade.put("MIGRATE_AUTO_UPGRADE", "false");
		Result stale = start(noAutoUpgrade);
		assertThat(stale.status()).as("validate fails while the revision is not applied").isNotZero();
		assertThat(stale.out() + stale.err()).contains("Schema validation: missing column [phone] in table [account]");

		Result upgrade = db(environment, "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("-> ").contains("Add phone and shipments");
		Result inSync = db(environment, "check");
		assertThat(inSync.status()).as(inSync.out() + inSync.err()).isZero();
		assertThat(inSync.out()).isEqualTo("No changes in schema detected.\n");
		Result started = start(noAutoUpgrade);
		assertThat(started.status()).as(started.out() + started.err()).isZero();
		assertThat(started.out()).contains("Started SampleApplication");

		Result downgrade = db(environment, "downgrade", "-1");
		assertThat(downgrade.status()).as(downgrade.err()).isZero();
		assertThat(downgrade.out()).contains("Running downgrade").contains("Add phone and shipments");
		assertThat(new SchemaDiffer(dialect(kind)).diff(inspect(kind, environment), before).isEmpty())
			.as("the schema is the one before the revision")
			.isTrue();
	}

	private static final String SHIPMENT = """
			package dev.migrate.sample;

			import jakarta.persistence.Column;
			import jakarta.persistence.Entity;
			import jakarta.persistence.GeneratedValue;
			import jakarta.persistence.GenerationType;
			import jakarta.persistence.Id;
			import jakarta.persistence.ManyToOne;

			@Entity
			public class Shipment {

				@Id
				@GeneratedValue(strategy = GenerationType.IDENTITY)
				private Long id;

				@ManyToOne(optional = false)
				private Order order;

				@Column(nullable = false, length = 60)
				private String carrier;

			}
			""";

	private void addPhoneToAccount() throws IOException {
		Path account = sources().resolve("Account.java");
		String source = Files.readString(account);
		String field = "	private String email;\n";
		assertThat(source).contains(field);
		Files.writeString(account,
				source.replace(field, field + "\n	@Column(length = 30)\n	private @Nullable String phone;\n"));
	}

	private Path sources() {
		return this.project.resolve("src/main/java/dev/migrate/sample");
	}

	/**
	 * Compile the project's sources into its {@code target/classes}, with its resources,
	 * as a build would.
	 */
	private void compile() throws IOException {
		Path classes = this.project.resolve("target/classes");
		copy(this.project.resolve("src/main/resources"), classes);
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", libraries(),
				"-encoding", "UTF-8", "-parameters", "-proc:none"));
		try (Stream<Path> files = Files.walk(this.project.resolve("src/main/java"))) {
			files.filter((file) -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
		assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
	}

	/**
	 * The test's class path without the sample's own classes, which the copy replaces.
	 */
	private static String libraries() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).toAbsolutePath().startsWith(Path.of("target").toAbsolutePath()))
			.reduce((first, second) -> first + File.pathSeparator + second)
			.orElseThrow();
	}

	private String classPath() {
		return this.project.resolve("target/classes") + File.pathSeparator + libraries();
	}

	private Result db(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("db"));
		command.addAll(List.of(arguments));
		return JavaProcess.run(this.project, environment, classPath(), MAIN_CLASS, command);
	}

	private Result start(Map<String, String> environment) throws Exception {
		return JavaProcess.run(this.project, environment, classPath(), MAIN_CLASS,
				List.of("--spring.main.web-application-type=none"));
	}

	private Map<String, String> environment(DatabaseKind kind) {
		Map<String, String> environment = new HashMap<>();
		if (kind == DatabaseKind.H2) {
			environment.put("SPRING_DATASOURCE_URL",
					"jdbc:h2:file:" + this.project.resolve("data/sample") + ";AUTO_SERVER=FALSE");
		}
		else {
			this.database = DatabaseServers.shared().createDatabase(kind);
			environment.putAll(this.database.springEnvironment());
		}
		return environment;
	}

	private SchemaModel inspect(DatabaseKind kind, Map<String, String> environment) throws SQLException {
		String url = environment.get("SPRING_DATASOURCE_URL");
		String user = environment.getOrDefault("SPRING_DATASOURCE_USERNAME", "sa");
		String password = environment.getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			return SchemaInspectors.forDialect(dialect(kind))
				.inspect(connection, null, List.of("migrate_version", "migrate_history"));
		}
	}

	private static Dialect dialect(DatabaseKind kind) {
		return Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
