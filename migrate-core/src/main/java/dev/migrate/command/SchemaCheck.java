package dev.migrate.command;

/**
 * What {@code db check} found.
 *
 * @param report the text to print: the changes no revision captures, or that there are
 * none
 * @param json the same as a JSON object, for {@code db check --json}
 * @param inSync whether the current schema is the desired one
 */
public record SchemaCheck(String report, String json, boolean inSync) {

}
