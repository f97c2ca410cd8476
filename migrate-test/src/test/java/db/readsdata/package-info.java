/**
 * A fixture set whose Java revision reads data without guarding it, so it runs online and
 * fails offline.
 */
@NullMarked
package db.readsdata;

import org.jspecify.annotations.NullMarked;
