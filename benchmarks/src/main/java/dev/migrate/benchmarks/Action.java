package dev.migrate.benchmarks;

/**
 * What a tool is asked to do, in the words of its own command line.
 */
public enum Action {

	/** Upgrade to the newest revision. */
	UPGRADE("upgrade", "upgrade", "upgrade head"),

	/** Show the heads of the revision graph. */
	HEADS("heads", "heads", "heads"),

	/** Show every revision, newest first. */
	HISTORY("history", "history", "history"),

	/** Show the database's revision. */
	CURRENT("current", "current", "current"),

	/**
	 * Compare the model with the schema the revisions build: {@code db check}, and
	 * Alembic's {@code revision --autogenerate}.
	 */
	CHECK("check", "check", "revision --autogenerate -m check");

	private final String toolArgument;

	private final String dbCommand;

	private final String alembicCommand;

	Action(String toolArgument, String dbCommand, String alembicCommand) {
		this.toolArgument = toolArgument;
		this.dbCommand = dbCommand;
		this.alembicCommand = alembicCommand;
	}

	/**
	 * The action argument of the programs in {@code dev.migrate.benchmarks.tools}.
	 * @return the argument
	 */
	public String toolArgument() {
		return this.toolArgument;
	}

	/**
	 * The {@code db} command of the one-shot command line.
	 * @return the command word
	 */
	public String dbCommand() {
		return this.dbCommand;
	}

	/**
	 * The {@code alembic} command and its arguments.
	 * @return the words, separated by spaces
	 */
	public String alembicCommand() {
		return this.alembicCommand;
	}

}
