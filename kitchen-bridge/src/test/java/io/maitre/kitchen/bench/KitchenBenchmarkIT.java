package io.maitre.kitchen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@link KitchenBenchmark} runnable: a short run must deliver every ticket and see every sell-out.
 * The latency budgets themselves are measured by running the benchmark (docs/benchmarks.md), not
 * asserted here, where a shared CPU would make them flaky.
 */
class KitchenBenchmarkIT {

    @Test
    void everyTicketArrivesAndEverySellOutIsSeen() throws Exception {
        KitchenBenchmark.Result result = KitchenBenchmark.run(100, 20);
        System.out.println(result.report());

        assertThat(result.placedToTicket()).hasSize(100);
        assertThat(result.soldOutToUnavailable()).hasSize(20);
    }
}
