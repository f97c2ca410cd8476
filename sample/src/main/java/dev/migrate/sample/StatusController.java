package dev.migrate.sample;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells which database the sample runs on.
 *
 * @since 0.1.0
 */
@RestController
class StatusController {

	private final DataSource dataSource;

	StatusController(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@GetMapping("/api/status")
	Status status() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return new Status(metaData.getDatabaseProductName(), metaData.getURL());
		}
	}

	/**
	 * The status of the sample.
	 *
	 * @param database the database product name
	 * @param url the JDBC URL of the database
	 */
	record Status(String database, String url) {

	}

}
