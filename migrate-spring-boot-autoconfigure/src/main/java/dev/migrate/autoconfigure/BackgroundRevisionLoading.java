package dev.migrate.autoconfigure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Starts a {@link BackgroundRevisionLoader} as soon as the application context is
 * prepared, with the locations of {@code migrate.locations}, unless
 * {@code migrate.enabled} or {@code migrate.load-in-background} is off: the revisions are
 * then read on a second thread while the context creates the application's beans, and the
 * migrator finds them ready. Settings that do not bind start nothing; the binding of
 * {@link MigrateProperties} reports them.
 *
 * @since 0.1.0
 */
public class BackgroundRevisionLoading implements SpringApplicationRunListener, Ordered {

	/**
	 * Create a new {@link BackgroundRevisionLoading} instance.
	 * @param application the application
	 * @param args the command line arguments
	 */
	public BackgroundRevisionLoading(SpringApplication application, String[] args) {
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		MigrateProperties properties;
		try {
			properties = Binder.get(context.getEnvironment())
				.bind("migrate", MigrateProperties.class)
				.orElseGet(MigrateProperties::new);
		}
		catch (BindException ex) {
			return;
		}
		if (properties.isEnabled() && properties.isLoadInBackground()) {
			context.getBeanFactory()
				.registerSingleton(BackgroundRevisionLoader.BEAN_NAME,
						BackgroundRevisionLoader.start(context.getClassLoader(), properties.getLocations()));
		}
	}

	/**
	 * After the one-shot command's listener, which answers some commands without a
	 * context.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
