package dev.migrate.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import jakarta.persistence.Entity;

/**
 * A JPA model of many entities for the sample application, compiled into a directory of
 * classes that the sample's jar loads with {@code -Dloader.path}: each entity has a few
 * columns, an index and a many-to-one to the entity before it, in a package the sample's
 * entity scan covers.
 */
final class EntityModelJar {

	/** The package of the entities, under the sample application's. */
	static final String PACKAGE = "dev.migrate.sample.bench";

	private EntityModelJar() {
	}

	/**
	 * Write and compile the model, or reuse it when it is there.
	 * @param entities how many entities
	 * @param workDirectory where the sources and classes go
	 * @return the directory of the classes
	 */
	static Path of(int entities, Path workDirectory) {
		Path root = workDirectory.resolve("entities/" + entities);
		Path classes = root.resolve("classes");
		if (Files.isDirectory(classes)) {
			return classes;
		}
		try {
			Path sources = Files.createDirectories(root.resolve("src/" + PACKAGE.replace('.', '/')));
			List<String> arguments = new ArrayList<>(List.of("-d", root.resolve("classes").toString(), "-classpath",
					persistenceApi(), "-proc:none", "-encoding", "UTF-8"));
			for (int i = 1; i <= entities; i++) {
				Path file = sources.resolve(name(i) + ".java");
				Files.writeString(file, source(i));
				arguments.add(file.toString());
			}
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			ByteArrayOutputStream errors = new ByteArrayOutputStream();
			if (compiler.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
				throw new IllegalStateException(
						"The entity model does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
			}
			return classes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The table of an entity, as Spring Boot names it.
	 * @param number the entity's number, from 1
	 * @return the table name, such as {@code bench_entity007}
	 */
	static String table(int number) {
		return String.format(Locale.ROOT, "bench_entity%03d", number);
	}

	private static String name(int number) {
		return String.format(Locale.ROOT, "BenchEntity%03d", number);
	}

	private static String source(int number) {
		String parent = (number > 1) ? "\n\t@ManyToOne\n\tprivate " + name(number - 1) + " parent;\n" : "";
		return """
				package %s;

				import java.math.BigDecimal;
				import java.time.LocalDateTime;

				import jakarta.persistence.*;

				@Entity
				@Table(indexes = @Index(name = "ix_%s_code", columnList = "code"))
				public class %s {

					@Id
					@GeneratedValue(strategy = GenerationType.IDENTITY)
					private Long id;

					@Column(nullable = false, length = 40)
					private String code;

					@Column(length = 200)
					private String description;

					@Column(precision = 12, scale = 2)
					private BigDecimal amount;

					private LocalDateTime updatedAt;
				%s
				}
				""".formatted(PACKAGE, table(number), name(number), parent);
	}

	private static String persistenceApi() {
		try {
			return Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
