package io.maitre.inventory.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.inventory.v1.ItemAvailability;
import io.maitre.inventory.v1.ReservationStatus;
import io.maitre.inventory.v1.ReserveRequest;
import io.maitre.inventory.v1.ReserveResponse;
import io.maitre.inventory.v1.StockLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StockBookTest {

    private final StockBook book = new StockBook(Map.of("demo", Map.of("pizza", 3, "wings", 1)));

    @Test
    void reservingHoldsStockAndRepeatingItHoldsNothingMore() {
        ReserveResponse first = book.reserve(request("o1", "pizza", 2));
        ReserveResponse again = book.reserve(request("o1", "pizza", 2));

        assertThat(first.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_RESERVED);
        assertThat(again.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_RESERVED);
        assertThat(quantity("pizza")).isEqualTo(1);
    }

    @Test
    void aShortLineHoldsNothingAtAll() {
        ReserveResponse response = book.reserve(ReserveRequest.newBuilder().setOrderId("o1").setOutletId("demo")
                .addLines(line("pizza", 1)).addLines(line("wings", 2)).build());

        assertThat(response.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_INSUFFICIENT_STOCK);
        assertThat(response.getShortagesList()).singleElement()
                .satisfies(s -> assertThat(s.getItemId() + s.getRequested() + "/" + s.getAvailable()).isEqualTo("wings2/1"));
        assertThat(quantity("pizza")).isEqualTo(3);
        assertThat(book.reserve(request("o1", "pizza", 1)).getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_RESERVED);
    }

    @Test
    void untrackedItemsAreAlwaysAvailable() {
        assertThat(book.reserve(request("o1", "coke", 500)).getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_RESERVED);
        assertThat(book.snapshot(Set.of("demo"))).extracting(ItemAvailability::getItemId).doesNotContain("coke");
    }

    @Test
    void releaseGivesStockBackOnceAndCommitKeepsItConsumed() {
        book.reserve(request("o1", "pizza", 2));
        book.reserve(request("o2", "pizza", 1));

        assertThat(book.release("o1")).isTrue();
        assertThat(book.release("o1")).isFalse();
        assertThat(book.commit("o2")).isTrue();
        assertThat(book.commit("o2")).isFalse();
        assertThat(book.release("o2")).isFalse();
        assertThat(book.commit("unknown")).isFalse();
        assertThat(quantity("pizza")).isEqualTo(2);
    }

    @Test
    void watchersGetASnapshotThenEveryChange() {
        List<List<ItemAvailability>> snapshots = new ArrayList<>();
        List<ItemAvailability> changes = new ArrayList<>();
        Runnable unwatch = book.watch(Set.of("demo"), snapshots::add, changes::add);

        book.reserve(request("o1", "wings", 1));
        book.set("uptown", "pizza", 0);
        book.set("demo", "pizza", 0);
        unwatch.run();
        book.set("demo", "pizza", 5);

        assertThat(snapshots).singleElement().satisfies(s -> assertThat(s).hasSize(2));
        assertThat(changes).extracting(c -> c.getItemId() + "=" + c.getAvailable())
                .containsExactly("wings=false", "pizza=false");
    }

    private int quantity(String item) {
        return book.snapshot(Set.of("demo")).stream().filter(a -> a.getItemId().equals(item)).findFirst()
                .orElseThrow().getQuantity();
    }

    private static ReserveRequest request(String orderId, String item, int quantity) {
        return ReserveRequest.newBuilder().setOrderId(orderId).setOutletId("demo").addLines(line(item, quantity)).build();
    }

    private static StockLine line(String item, int quantity) {
        return StockLine.newBuilder().setItemId(item).setQuantity(quantity).build();
    }
}
