/**
 * Revisions of the auto-configuration tests.
 */
@NullMarked
package db.migrations;

import org.jspecify.annotations.NullMarked;
