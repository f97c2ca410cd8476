package dev.migrate.autoconfigure.command.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The application's entity; Hibernate validates its table against the database.
 */
@Entity
public class Item {

	@Id
	private Long id;

	private String name;

	private Integer price;

	protected Item() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Integer getPrice() {
		return this.price;
	}

}
