package dev.migrate.autoconfigure.command.app;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The application's Spring Data repository.
 */
public interface ItemRepository extends JpaRepository<Item, Long> {

}
