package dev.migrate.ops;

/**
 * An element of a {@link CreateTable}: a {@link Column} or a table {@link Constraint}.
 */
public sealed interface TableElement permits Column, Constraint {

}
