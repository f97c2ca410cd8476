package dev.migrate.sample;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;
import org.jspecify.annotations.Nullable;

/**
 * An account: the model of table {@code account}, which the revisions create. Change a
 * field here, then {@code db migrate -m "..."} writes the revision that changes the
 * table.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 200, unique = true)
	private String email;

	/** Set by the database when the row is inserted. */
	@ColumnDefault("CURRENT_TIMESTAMP")
	@Column(insertable = false, updatable = false)
	private @Nullable LocalDateTime createdAt;

	protected Account() {
		this.name = "";
		this.email = "";
	}

	Account(String name, String email) {
		this.name = name;
		this.email = email;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getEmail() {
		return this.email;
	}

	@Nullable LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
