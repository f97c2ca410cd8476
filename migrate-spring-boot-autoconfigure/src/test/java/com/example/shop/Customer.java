package com.example.shop;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import org.jspecify.annotations.Nullable;

/**
 * A customer with orders.
 */
@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(length = 80, nullable = false)
	private String displayName = "";

	@Column(length = 120, unique = true)
	private @Nullable String emailAddress;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CustomerStatus accountStatus = CustomerStatus.ACTIVE;

	@OneToMany(mappedBy = "customer")
	private List<PurchaseOrder> purchaseOrders = new ArrayList<>();

	protected Customer() {
	}

	public Customer(String displayName) {
		this.displayName = displayName;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public List<PurchaseOrder> getPurchaseOrders() {
		return this.purchaseOrders;
	}

}
