package dev.migrate.sample;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The accounts.
 */
interface AccountRepository extends JpaRepository<Account, Long> {

	List<Account> findAllByOrderByIdAsc();

}
