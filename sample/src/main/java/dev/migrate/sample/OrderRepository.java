package dev.migrate.sample;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The orders.
 */
interface OrderRepository extends JpaRepository<Order, Long> {

	List<Order> findByAccountIdOrderByIdAsc(long accountId);

}
