package com.example.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A product of the catalog.
 */
@Entity
public class CatalogProduct {

	@Id
	private @Nullable String productCode;

	@Column(length = 200)
	private @Nullable String shortDescription;

}
