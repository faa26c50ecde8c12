package io.maitre.inventory;

import io.grpc.StatusRuntimeException;
import io.maitre.inventory.v1.InventoryGrpc;
import io.maitre.inventory.v1.SetStockRequest;
import io.maitre.inventory.v1.SetStockResponse;
import io.maitre.menu.OutletId;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Staff's administration of stock: sets the stock on hand of one item in the inventory service, 0 meaning sold
 * out. The availability cache hears of the change through its watch, like any other.
 */
@Component
public class StockAdmin {

    private final InventoryGrpc.InventoryBlockingStub stub;
    private final InventoryProperties properties;

    StockAdmin(InventoryConnection connection, InventoryProperties properties) {
        this.stub = InventoryGrpc.newBlockingStub(connection.channel());
        this.properties = properties;
    }

    /**
     * @return whether the item is available after the change
     * @throws InventoryUnavailable the inventory service did not answer in time or failed
     */
    public boolean setStock(OutletId outlet, String itemId, int quantity) {
        try {
            SetStockResponse response = stub.withDeadlineAfter(properties.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .setStock(SetStockRequest.newBuilder().setOutletId(outlet.value()).setItemId(itemId)
                            .setQuantity(quantity).build());
            return response.getItem().getAvailable();
        } catch (StatusRuntimeException e) {
            throw new InventoryUnavailable("SetStock " + outlet.value() + "/" + itemId + " failed: " + e.getStatus(), e);
        }
    }
}
