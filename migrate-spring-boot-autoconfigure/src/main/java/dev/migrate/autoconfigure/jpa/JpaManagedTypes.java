package dev.migrate.autoconfigure.jpa;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;

/**
 * Finds the entity classes and packages of an application the way Spring Boot's JPA
 * auto-configuration does: the application's {@link PersistenceManagedTypes} bean when it
 * has one, else a scan of the {@code @EntityScan} packages, else of the
 * auto-configuration packages.
 */
final class JpaManagedTypes {

	private JpaManagedTypes() {
	}

	static PersistenceManagedTypes find(ListableBeanFactory beanFactory, ResourceLoader resourceLoader) {
		ApplicationBeans beans = new ApplicationBeans(beanFactory);
		PersistenceManagedTypes managedTypes = beans.unique(PersistenceManagedTypes.class);
		if (managedTypes != null) {
			return managedTypes;
		}
		ManagedClassNameFilter filter = beans.unique(ManagedClassNameFilter.class);
		return new PersistenceManagedTypesScanner(resourceLoader, filter).scan(packagesToScan(beanFactory));
	}

	private static String[] packagesToScan(BeanFactory beanFactory) {
		List<String> packages = EntityScanPackages.get(beanFactory).getPackageNames();
		if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
			packages = AutoConfigurationPackages.get(beanFactory);
		}
		if (packages.isEmpty()) {
			throw new IllegalStateException("No package to find JPA entities in: annotate the application with "
					+ "@SpringBootApplication or @EntityScan, or define a PersistenceManagedTypes bean");
		}
		return packages.toArray(String[]::new);
	}

}
