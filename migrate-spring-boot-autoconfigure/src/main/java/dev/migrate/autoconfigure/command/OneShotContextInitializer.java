package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Prepares the application context of a one-shot command, so that it creates only the
 * beans the command asks for (the DataSource, migrate's beans, customizers): every bean
 * is lazy, no {@code Lifecycle} bean starts, and the application's event listeners get no
 * events.
 */
final class OneShotContextInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final Collection<ApplicationListener<?>> applicationListeners;

	/**
	 * Create a new {@link OneShotContextInitializer} instance.
	 * @param applicationListeners the listeners of the {@code SpringApplication}, which
	 * keep receiving events
	 */
	OneShotContextInitializer(Collection<ApplicationListener<?>> applicationListeners) {
		this.applicationListeners = applicationListeners;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor());
		context.getBeanFactory()
			.registerSingleton(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME,
					new NonStartingLifecycleProcessor());
		List<ApplicationListener<?>> accepted = new ArrayList<>(this.applicationListeners);
		if (context instanceof AbstractApplicationContext abstractContext) {
			accepted.addAll(abstractContext.getApplicationListeners());
		}
		context.getBeanFactory()
			.registerSingleton(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
					new FrameworkListenersEventMulticaster(context.getBeanFactory(), accepted));
	}

}
