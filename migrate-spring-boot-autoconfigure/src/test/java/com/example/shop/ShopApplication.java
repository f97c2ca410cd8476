package com.example.shop;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/**
 * The shop application's configuration: its entities are found by {@link EntityScan}.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = ShopApplication.class)
public class ShopApplication {

}
