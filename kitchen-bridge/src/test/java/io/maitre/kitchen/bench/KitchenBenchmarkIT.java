package io.maitre.kitchen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The latency budgets of DESIGN §5, checked on a short run of {@link KitchenBenchmark}. */
class KitchenBenchmarkIT {

    @Test
    void ticketsAndSoldOutItemsArriveWithinBudget() throws Exception {
        KitchenBenchmark.Result result = KitchenBenchmark.run(300, 50);
        System.out.println(result.report());

        assertThat(result.percentile(result.placedToTicket(), 99)).as("p99 placed -> ticket, ms").isLessThan(100);
        assertThat(result.soldOutToUnavailable()[result.soldOutToUnavailable().length - 1])
                .as("max sold out -> unavailable, ms").isLessThan(1000);
    }
}
