package io.maitre.kitchen;

import io.maitre.inventory.StockKeeper;
import io.maitre.menu.MenuCatalog;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderPlaced;
import io.maitre.order.OrderStatusChanged;
import io.maitre.order.Outbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;

/** Wires the kitchen's settings, and its background work unless {@code maitre.kitchen.enabled} is false. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KitchenProperties.class)
class KitchenConfiguration {

    /**
     * The kitchen's background work: the relay wakes when an order is placed and otherwise polls the outbox
     * every {@code maitre.kitchen.relay.interval}; the same tick escalates unclaimed tickets, settles
     * stock and looks for tickets that another instance relayed. All of it runs on the
     * {@link KitchenWorker} thread. At start-up tickets catch up with status changes missed while
     * the service was down. Off ({@code maitre.kitchen.enabled=false}) where no kitchen is served, as in
     * {@code ./maitre chat}.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "maitre.kitchen.enabled", havingValue = "true", matchIfMissing = true)
    static class Background implements SchedulingConfigurer {

        private final KitchenProperties properties;
        private final KitchenWorker worker;
        private final TicketRelay relay;
        private final KitchenUpkeep upkeep;
        private final KitchenDesk desk;
        /** Only the worker thread reads and writes it. */
        private boolean caughtUp;

        Background(KitchenProperties properties, KitchenWorker worker, Outbox outbox, MenuCatalog menus,
                   Tickets tickets, StockKeeper stock, FindOrder findOrder, AdvanceOrder advanceOrder,
                   KitchenDesk desk, PlatformTransactionManager transactions) {
            this.properties = properties;
            this.worker = worker;
            this.relay = new TicketRelay(outbox, new TicketFactory(menus, properties), tickets, stock, findOrder,
                    advanceOrder, desk, transactions, properties);
            this.upkeep = new KitchenUpkeep(tickets, desk, stock, findOrder, advanceOrder, transactions, properties);
            this.desk = desk;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(() -> worker.submitTick(this::tick), properties.relay().interval());
        }

        @TransactionalEventListener(fallbackExecution = true)
        void onOrderPlaced(OrderPlaced placed) {
            if (properties.relay().enabled()) {
                worker.submit("relay", relay::drain);
            }
        }

        @TransactionalEventListener(fallbackExecution = true)
        void onOrderStatusChanged(OrderStatusChanged change) {
            worker.submit("status change", () -> upkeep.statusChanged(change));
        }

        private void tick() {
            if (!caughtUp) {
                upkeep.catchUp();
                caughtUp = true;
            }
            if (properties.relay().enabled()) {
                relay.drain();
            }
            upkeep.escalateUnclaimed();
            upkeep.settleStock();
            desk.ticketsMayBeAvailable();
        }
    }
}
