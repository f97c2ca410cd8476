package dev.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Architecture rules for migrate-core, and the {@code @NullMarked} package rule for every
 * module's main sources.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrate");

	private static final List<Path> MAIN_SOURCES = List.of(Path.of("src/main/java"),
			Path.of("../migrate-spring-boot-autoconfigure/src/main/java"), Path.of("../sample/src/main/java"));

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void graphDependsOnlyOnTheJdkJSpecifyAndTheRootPackage() {
		classes().that()
			.resideInAPackage("dev.migrate.graph..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.jspecify..", "dev.migrate", "dev.migrate.graph..")
			.check(classes);
	}

	@Test
	void coreDoesNotDependOnSpringBoot() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(classes);
	}

	@Test
	void caseConversionsNameTheirLocale() {
		noClasses().should()
			.callMethod(String.class, "toLowerCase")
			.orShould()
			.callMethod(String.class, "toUpperCase")
			.because("the default locale changes identifiers (use toLowerCase(Locale.ROOT))")
			.check(classes);
	}

	@Test
	void everyPackageIsNullMarked() {
		assertThat(MAIN_SOURCES.get(0)).isDirectory();
		List<Path> packages = MAIN_SOURCES.stream().filter(Files::isDirectory).flatMap(this::packages).toList();
		assertThat(packages).isNotEmpty();
		assertThat(packages).allSatisfy((directory) -> {
			Path packageInfo = directory.resolve("package-info.java");
			assertThat(packageInfo).as("package-info.java of %s", directory).isRegularFile();
			assertThat(Files.readString(packageInfo)).as("%s", packageInfo)
				.containsPattern("(?m)^@NullMarked\\s*$|^@org\\.jspecify\\.annotations\\.NullMarked\\s*$");
		});
	}

	private Stream<Path> packages(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			Set<Path> directories = files.filter((file) -> file.toString().endsWith(".java"))
				.map(Path::getParent)
				.collect(toSet());
			return directories.stream().sorted();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
