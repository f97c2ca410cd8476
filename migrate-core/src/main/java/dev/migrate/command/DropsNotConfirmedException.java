package dev.migrate.command;

import dev.migrate.MigrateException;

/**
 * Thrown by {@code db migrate} when the model drops a table or column that looks like one
 * it adds, and neither a rename hint nor {@code --accept-drops} says what is meant:
 * nothing is written.
 */
public class DropsNotConfirmedException extends MigrateException {

	/**
	 * Create a new {@link DropsNotConfirmedException} instance.
	 * @param message the error to show: the possible renames and the hint each needs
	 */
	public DropsNotConfirmedException(String message) {
		super(message);
	}

}
