package dev.migrate.autoconfigure.jpa;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * Looks up the application's beans of a type without initializing other beans to learn
 * their types: a lazy EntityManagerFactory bean stays uncreated.
 */
final class ApplicationBeans {

	private final ListableBeanFactory beanFactory;

	ApplicationBeans(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * The one bean of a type.
	 * @param type the type
	 * @return the bean, or {@code null} when there is none
	 * @throws IllegalStateException when there are several
	 */
	<T> @Nullable T unique(Class<T> type) {
		String[] names = names(type);
		if (names.length > 1) {
			throw new IllegalStateException("The JPA schema is built with one " + type.getSimpleName()
					+ " bean, but the application has " + names.length + ": " + String.join(", ", names));
		}
		return (names.length == 1) ? this.beanFactory.getBean(names[0], type) : null;
	}

	/**
	 * The beans of a type, in {@code @Order} and {@code Ordered} order.
	 * @param type the type
	 * @return the beans
	 */
	<T> List<T> ordered(Class<T> type) {
		return Arrays.stream(names(type))
			.map((name) -> this.beanFactory.getBean(name, type))
			.sorted(AnnotationAwareOrderComparator.INSTANCE)
			.toList();
	}

	private String[] names(Class<?> type) {
		return this.beanFactory.getBeanNamesForType(type, true, false);
	}

}
