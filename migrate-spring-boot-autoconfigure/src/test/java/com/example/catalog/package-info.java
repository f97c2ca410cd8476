/**
 * A catalog entity in a package of its own, found only where the tests say so.
 */
@NullMarked
package com.example.catalog;

import org.jspecify.annotations.NullMarked;
