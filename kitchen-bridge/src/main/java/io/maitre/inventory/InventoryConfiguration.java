package io.maitre.inventory;

import io.maitre.inventory.reference.ReferenceInventory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Connects to the inventory service, or runs the reference inventory in-process when none is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InventoryProperties.class)
class InventoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InventoryConfiguration.class);

    /** The in-process reference inventory of embedded mode; staff tools may mark items sold out through it. */
    @Bean
    @Conditional(NoInventoryTarget.class)
    ReferenceInventory embeddedInventory(InventoryProperties properties) {
        ReferenceInventory inventory = properties.stockFile() == null
                ? ReferenceInventory.untracked()
                : ReferenceInventory.fromFile(properties.stockFile());
        log.info("Inventory: reference inventory in-process ({})",
                properties.stockFile() == null ? "no stock tracked" : "stock from " + properties.stockFile());
        return inventory;
    }

    @Bean(destroyMethod = "close")
    InventoryConnection inventoryConnection(InventoryProperties properties,
                                            ObjectProvider<ReferenceInventory> embedded) {
        ReferenceInventory inProcess = embedded.getIfAvailable();
        if (inProcess != null) {
            return InventoryConnection.embedded(inProcess);
        }
        log.info("Inventory: service at {}", properties.target());
        return InventoryConnection.remote(properties);
    }

    /** Matches when {@code maitre.inventory.target} is not set. */
    static class NoInventoryTarget implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("maitre.inventory.target"));
        }
    }
}
