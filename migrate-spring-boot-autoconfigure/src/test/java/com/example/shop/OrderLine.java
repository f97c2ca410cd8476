package com.example.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * One product of an order.
 */
@Entity
public class OrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	private @Nullable PurchaseOrder purchaseOrder;

	@Column(length = 40, nullable = false)
	private String productCode = "";

	@Column(nullable = false)
	private int quantity;

	@Column(precision = 10, scale = 2, nullable = false)
	private BigDecimal unitPrice = BigDecimal.ZERO;

	protected OrderLine() {
	}

	public OrderLine(PurchaseOrder purchaseOrder, String productCode, int quantity, BigDecimal unitPrice) {
		this.purchaseOrder = purchaseOrder;
		this.productCode = productCode;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
	}

	public @Nullable Long getId() {
		return this.id;
	}

}
