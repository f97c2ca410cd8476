package dev.migrate.autoconfigure.command;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.SimpleApplicationEventMulticaster;

/**
 * Delivers a one-shot command's context events only to the listeners registered before
 * the context started (Spring Boot's own, those of the {@code SpringApplication} and of
 * its initializers), never to the application's {@link ApplicationListener} beans or
 * {@code @EventListener} methods: a {@code ContextRefreshedEvent} or
 * {@code ContextClosedEvent} listener of the application neither runs nor is created.
 */
final class FrameworkListenersEventMulticaster extends SimpleApplicationEventMulticaster {

	private final Set<ApplicationListener<?>> accepted = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * Create a new {@link FrameworkListenersEventMulticaster} instance.
	 * @param beanFactory the context's bean factory
	 * @param accepted the listeners that receive events
	 */
	FrameworkListenersEventMulticaster(BeanFactory beanFactory, Collection<ApplicationListener<?>> accepted) {
		super(beanFactory);
		this.accepted.addAll(accepted);
	}

	@Override
	public void addApplicationListener(ApplicationListener<?> listener) {
		if (this.accepted.contains(listener)) {
			super.addApplicationListener(listener);
		}
	}

	/**
	 * Ignore a listener bean: it would be created to receive the event.
	 */
	@Override
	public void addApplicationListenerBean(String listenerBeanName) {
	}

}
