package io.maitre.inventory;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inventory client ({@code maitre.inventory.*}).
 *
 * @param target           host:port of the inventory service; blank runs the reference inventory in-process
 * @param stockFile        for the in-process reference inventory: stock levels (YAML or .properties);
 *                         blank tracks no stock, so everything is available
 * @param callTimeout      the deadline of each Reserve, Commit and Release call
 * @param maxAttempts      tries per call, the first included, when the service is unreachable or failing
 * @param retryBackoff     the wait before the second try; doubles for each further one
 * @param failureRate      percentage of failed calls (over the last ten) that opens the circuit breaker
 * @param openFor          while open, calls fail at once; then a few trial calls are let through
 * @param watchMinBackoff  the first wait before reconnecting a broken availability watch; doubles each time
 * @param watchMaxBackoff  the longest wait between reconnects
 * @param keepAliveTime    the client pings an idle connection this often
 */
@ConfigurationProperties("maitre.inventory")
public record InventoryProperties(String target, Path stockFile, @DefaultValue("2s") Duration callTimeout,
                                  @DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration retryBackoff,
                                  @DefaultValue("50") float failureRate, @DefaultValue("10s") Duration openFor,
                                  @DefaultValue("100ms") Duration watchMinBackoff,
                                  @DefaultValue("5s") Duration watchMaxBackoff,
                                  @DefaultValue("30s") Duration keepAliveTime) {
}
