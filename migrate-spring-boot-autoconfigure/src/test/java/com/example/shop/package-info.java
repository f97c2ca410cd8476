/**
 * A shop's JPA entities whose schema the JPA schema generator tests write.
 */
@NullMarked
package com.example.shop;

import org.jspecify.annotations.NullMarked;
