/**
 * Lint of revisions: the hazards of each change per dialect (locks, table rewrites, data
 * loss, changes a running application does not survive), with the safe alternative.
 */
@NullMarked
package dev.migrate.lint;

import org.jspecify.annotations.NullMarked;
