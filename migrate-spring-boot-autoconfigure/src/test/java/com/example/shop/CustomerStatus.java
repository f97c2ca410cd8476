package com.example.shop;

/**
 * Whether a customer may order.
 */
public enum CustomerStatus {

	/**
	 * May order.
	 */
	ACTIVE,

	/**
	 * May not order.
	 */
	BLOCKED

}
