/**
 * A shop's JPA entities whose schema the JPA schema generator tests write.
 */
@NullMarked
package dev.migrate.autoconfigure.jpa.shop;

import org.jspecify.annotations.NullMarked;
