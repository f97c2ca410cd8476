package com.example.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * An order of a customer, made of order lines.
 */
@Entity
@Table(indexes = @Index(name = "idx_purchase_order_placed_at", columnList = "placedAt"),
		uniqueConstraints = @UniqueConstraint(name = "uk_purchase_order_number",
				columnNames = { "customer_id", "orderNumber" }))
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(length = 20, nullable = false)
	private String orderNumber = "";

	@Column(nullable = false)
	private LocalDateTime placedAt = LocalDateTime.now();

	@Column(precision = 12, scale = 2)
	private @Nullable BigDecimal totalAmount;

	@ManyToOne(optional = false)
	private @Nullable Customer customer;

	@OneToMany(mappedBy = "purchaseOrder")
	private List<OrderLine> orderLines = new ArrayList<>();

	protected PurchaseOrder() {
	}

	public PurchaseOrder(Customer customer, String orderNumber) {
		this.customer = customer;
		this.orderNumber = orderNumber;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public List<OrderLine> getOrderLines() {
		return this.orderLines;
	}

}
