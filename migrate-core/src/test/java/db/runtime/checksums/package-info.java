/**
 * Java migrations of the checksum tests, rendered differently by each dialect.
 */
@NullMarked
package db.runtime.checksums;

import org.jspecify.annotations.NullMarked;
