package dev.migrate.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code boolean} component added to an operation after migrations were written
 * without it: {@link OperationText} leaves it out while it is {@code false}, so the
 * checksums of those migrations stay as they were.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface OptionalFlag {

}
