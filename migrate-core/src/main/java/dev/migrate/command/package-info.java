/**
 * The {@code db} command set as plain Java: each command returns the text to print, in
 * Alembic's formats. Shells and command lines parse arguments and print; they hold no
 * logic.
 */
@NullMarked
package dev.migrate.command;

import org.jspecify.annotations.NullMarked;
