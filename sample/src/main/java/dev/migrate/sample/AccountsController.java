package dev.migrate.sample;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts and their orders, over the tables the revisions create.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountsController {

	private final JdbcClient jdbc;

	AccountsController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping
	List<Account> accounts() {
		return this.jdbc.sql("SELECT id, name, email FROM account ORDER BY id").query(Account.class).list();
	}

	@PostMapping
	ResponseEntity<Account> create(@RequestBody NewAccount account) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO account (name, email) VALUES (?, ?)")
			.params(account.name(), account.email())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		return ResponseEntity.created(URI.create("/api/accounts/" + id))
			.body(new Account(id, account.name(), account.email()));
	}

	@GetMapping("/{id}/orders")
	List<Order> orders(@PathVariable long id) {
		return this.jdbc.sql("SELECT id, account_id, total_cents, status FROM orders WHERE account_id = ? ORDER BY id")
			.param(id)
			.query(Order.class)
			.list();
	}

	@PostMapping("/{id}/orders")
	ResponseEntity<Order> placeOrder(@PathVariable long id, @RequestBody NewOrder order) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO orders (account_id, total_cents, status) VALUES (?, ?, 'PLACED')")
			.params(id, order.totalCents())
			.update(keys, "id");
		long orderId = keys.getKeyAs(Long.class);
		return ResponseEntity.created(URI.create("/api/accounts/" + id + "/orders"))
			.body(new Order(orderId, id, order.totalCents(), "PLACED"));
	}

	/**
	 * An account.
	 *
	 * @param id the id
	 * @param name the name
	 * @param email the email address
	 */
	record Account(long id, String name, String email) {

	}

	/**
	 * An account to create.
	 *
	 * @param name the name
	 * @param email the email address
	 */
	record NewAccount(String name, String email) {

	}

	/**
	 * An order.
	 *
	 * @param id the id
	 * @param accountId the account that placed it
	 * @param totalCents the total, in cents
	 * @param status the status
	 */
	record Order(long id, long accountId, long totalCents, String status) {

	}

	/**
	 * An order to place.
	 *
	 * @param totalCents the total, in cents
	 */
	record NewOrder(long totalCents) {

	}

}
