/**
 * Java migrations of the offline SQL and data migration tests.
 */
@NullMarked
package db.runtime.offline;

import org.jspecify.annotations.NullMarked;
