package dev.migrate.sample;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts and their orders, stored through the JPA entities {@link Account} and
 * {@link Order}.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountsController {

	private final AccountRepository accounts;

	private final OrderRepository orders;

	AccountsController(AccountRepository accounts, OrderRepository orders) {
		this.accounts = accounts;
		this.orders = orders;
	}

	@GetMapping
	List<AccountView> accounts() {
		return this.accounts.findAllByOrderByIdAsc().stream().map(AccountView::of).toList();
	}

	@PostMapping
	ResponseEntity<AccountView> create(@RequestBody NewAccount account) {
		Account saved = this.accounts.save(new Account(account.name(), account.email()));
		return ResponseEntity.created(URI.create("/api/accounts/" + saved.getId())).body(AccountView.of(saved));
	}

	@GetMapping("/{id}/orders")
	@Transactional(readOnly = true)
	List<OrderView> orders(@PathVariable long id) {
		return this.orders.findByAccountIdOrderByIdAsc(id).stream().map(OrderView::of).toList();
	}

	@PostMapping("/{id}/orders")
	@Transactional
	ResponseEntity<OrderView> placeOrder(@PathVariable long id, @RequestBody NewOrder order) {
		Order saved = this.orders.save(new Order(this.accounts.getReferenceById(id), order.totalCents(), "PLACED"));
		return ResponseEntity.created(URI.create("/api/accounts/" + id + "/orders")).body(OrderView.of(saved));
	}

	/**
	 * An account.
	 *
	 * @param id the id
	 * @param name the name
	 * @param email the email address
	 */
	record AccountView(long id, String name, String email) {

		static AccountView of(Account account) {
			return new AccountView(idOf(account.getId()), account.getName(), account.getEmail());
		}

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
	record OrderView(long id, long accountId, long totalCents, String status) {

		static OrderView of(Order order) {
			return new OrderView(idOf(order.getId()), idOf(order.getAccount().getId()), order.getTotalCents(),
					String.valueOf(order.getStatus()));
		}

	}

	/**
	 * An order to place.
	 *
	 * @param totalCents the total, in cents
	 */
	record NewOrder(long totalCents) {

	}

	private static long idOf(@Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("An entity read or saved has an id");
		}
		return id;
	}

}
