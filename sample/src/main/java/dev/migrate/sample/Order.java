package dev.migrate.sample;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.jspecify.annotations.Nullable;

/**
 * An order of an account: the model of table {@code orders}, which the revisions create.
 */
@Entity
@Table(name = "orders")
public class Order {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false)
	private Account account;

	@Column(nullable = false)
	private long totalCents;

	/** Set by the database when the row is inserted. */
	@ColumnDefault("CURRENT_TIMESTAMP")
	@Column(nullable = false, insertable = false, updatable = false)
	private @Nullable LocalDateTime placedAt;

	@Column(length = 20)
	private @Nullable String status;

	protected Order() {
		this.account = new Account();
	}

	Order(Account account, long totalCents, String status) {
		this.account = account;
		this.totalCents = totalCents;
		this.status = status;
	}

	@Nullable Long getId() {
		return this.id;
	}

	Account getAccount() {
		return this.account;
	}

	long getTotalCents() {
		return this.totalCents;
	}

	@Nullable String getStatus() {
		return this.status;
	}

}
