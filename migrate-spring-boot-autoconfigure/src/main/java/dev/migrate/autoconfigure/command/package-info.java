/**
 * The {@code db} commands of an application: run once from the command line
 * ({@code java -jar app.jar db upgrade}) or typed in its Spring Shell.
 */
@NullMarked
package dev.migrate.autoconfigure.command;

import org.jspecify.annotations.NullMarked;
