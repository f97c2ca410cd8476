package dev.migrate.autoconfigure.command.jdbcapp;

import java.util.List;

import dev.migrate.autogenerate.SchemaDefinition;
import dev.migrate.ops.Operations;
import dev.migrate.schema.RenameHint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.varchar;

/**
 * A JDBC application without JPA entities, to run one-shot {@code db} commands against:
 * its desired schema is a {@link SchemaDefinition} bean, an account table whose
 * {@code name} column was renamed to {@code full_name} and that gained an {@code email}.
 */
@SpringBootApplication
public class JdbcApplication {

	@Bean
	SchemaDefinition schema() {
		return new SchemaDefinition() {

			@Override
			public void define(Operations op) {
				op.createTable("account", column("id", INTEGER).primaryKey(), column("full_name", varchar(50)),
						column("email", varchar(100)));
			}

			@Override
			public List<RenameHint> renames() {
				return List.of(RenameHint.column("account", "name", "full_name"));
			}

		};
	}

	public static void main(String[] args) {
		SpringApplication.run(JdbcApplication.class, args);
	}

}
