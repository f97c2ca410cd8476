package dev.migrate.autoconfigure.command;

import java.util.List;

import dev.migrate.MigrateException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.util.StringUtils;

/**
 * The {@code Error: …} text a one-shot command prints on standard error when it fails
 * outside the command itself: scripts that do not load, a DataSource that cannot be
 * created, {@code migrate.*} settings that do not bind, a context that does not start. A
 * migrate error reads as the commands print it; others as Spring Boot's failure analyzers
 * explain them, else by their most specific cause.
 */
final class OneShotFailureMessage {

	private static final String MISSING_BEAN_HINT = "A one-shot db command loads only the auto-configurations of the "
			+ "DataSource and of migrate; add the one that provides this bean to "
			+ OneShotAutoConfigurationFilter.INCLUDE_PROPERTY + ".";

	private final @Nullable ConfigurableApplicationContext context;

	/**
	 * Create a new {@link OneShotFailureMessage} instance.
	 * @param context the context that failed, if it was created
	 */
	OneShotFailureMessage(@Nullable ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Describe a failure.
	 * @param failure the failure
	 * @return the lines to print, starting with {@code Error: }
	 */
	String describe(Throwable failure) {
		MigrateException migrateException = find(failure, MigrateException.class);
		if (migrateException != null) {
			return "Error: " + migrateException.getMessage() + "\n";
		}
		StringBuilder message = new StringBuilder("Error: ");
		FailureAnalysis analysis = analyze(failure);
		if (analysis != null) {
			message.append(analysis.getDescription().strip()).append('\n');
			if (StringUtils.hasText(analysis.getAction())) {
				message.append('\n').append(analysis.getAction().strip()).append('\n');
			}
		}
		else {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
			message.append((cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName()).append('\n');
		}
		if (find(failure, NoSuchBeanDefinitionException.class) != null) {
			message.append('\n').append(MISSING_BEAN_HINT).append('\n');
		}
		return message.toString();
	}

	private @Nullable FailureAnalysis analyze(Throwable failure) {
		for (FailureAnalyzer analyzer : analyzers()) {
			try {
				FailureAnalysis analysis = analyzer.analyze(failure);
				if (analysis != null) {
					return analysis;
				}
			}
			catch (RuntimeException ex) {
				// An analyzer that cannot analyze leaves the failure to the next one
			}
		}
		return null;
	}

	private List<FailureAnalyzer> analyzers() {
		ConfigurableApplicationContext context = this.context;
		SpringFactoriesLoader loader = SpringFactoriesLoader
			.forDefaultResourceLocation((context != null) ? context.getClassLoader() : null);
		ArgumentResolver arguments = (context != null)
				? ArgumentResolver.of(BeanFactory.class, context.getBeanFactory())
					.and(Environment.class, context.getEnvironment())
				: ArgumentResolver.none();
		return loader.load(FailureAnalyzer.class, arguments, FailureHandler.handleMessage((message, ex) -> {
		}));
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return null;
	}

}
