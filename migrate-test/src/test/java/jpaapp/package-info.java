/**
 * A JPA application whose entities are the model of the model check in a
 * {@code @DataJpaTest}.
 */
package jpaapp;
