package jpaapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one entity of the JPA fixture application.
 */
@Entity
@Table(name = "customer")
public class Customer {

	@Id
	private Long id;

	@Column(nullable = false, length = 200)
	private String email;

	protected Customer() {
	}

	public Customer(Long id, String email) {
		this.id = id;
		this.email = email;
	}

	public String getEmail() {
		return this.email;
	}

}
