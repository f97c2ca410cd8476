package dev.migrate.command;

/**
 * What {@code db check} found.
 *
 * @param report the text to print: the changes no revision captures, or that there are
 * none
 * @param inSync whether the revisions build the desired schema
 */
public record SchemaCheck(String report, boolean inSync) {

}
