/**
 * Autogenerate: the desired schema from a model source and the current one from the
 * revisions, each built in a throwaway shadow database on the target's server and read by
 * the same inspector, compared, and the difference verified before a revision is written.
 */
@NullMarked
package dev.migrate.autogenerate;

import org.jspecify.annotations.NullMarked;
