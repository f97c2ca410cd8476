package dev.migrate.autoconfigure.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The entity the test revisions create a table for.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	private Long id;

	private String name;

	private String email;

	protected Account() {
	}

	Account(Long id, String name, String email) {
		this.id = id;
		this.name = name;
		this.email = email;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getEmail() {
		return this.email;
	}

}
