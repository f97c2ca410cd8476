/**
 * Revision scripts: Java migrations, SQL migrations and the loader that finds them.
 */
@NullMarked
package dev.migrate.script;

import org.jspecify.annotations.NullMarked;
