package io.maitre.inventory.reference;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.maitre.inventory.v1.AvailabilityUpdate;
import io.maitre.inventory.v1.CommitRequest;
import io.maitre.inventory.v1.CommitResponse;
import io.maitre.inventory.v1.InventoryGrpc;
import io.maitre.inventory.v1.ReleaseRequest;
import io.maitre.inventory.v1.ReleaseResponse;
import io.maitre.inventory.v1.ReserveRequest;
import io.maitre.inventory.v1.ReserveResponse;
import io.maitre.inventory.v1.SetStockRequest;
import io.maitre.inventory.v1.SetStockResponse;
import io.maitre.inventory.v1.StockLine;
import io.maitre.inventory.v1.WatchAvailabilityRequest;
import java.util.Set;

/** The Inventory gRPC service over a {@link StockBook}. */
final class ReferenceInventoryService extends InventoryGrpc.InventoryImplBase {

    private final StockBook book;

    ReferenceInventoryService(StockBook book) {
        this.book = book;
    }

    @Override
    public void reserve(ReserveRequest request, StreamObserver<ReserveResponse> response) {
        if (request.getOrderId().isBlank() || request.getOutletId().isBlank()) {
            response.onError(Status.INVALID_ARGUMENT.withDescription("order_id and outlet_id are required")
                    .asRuntimeException());
            return;
        }
        for (StockLine line : request.getLinesList()) {
            if (line.getItemId().isBlank() || line.getQuantity() < 1) {
                response.onError(Status.INVALID_ARGUMENT.withDescription("each line needs an item_id and a quantity")
                        .asRuntimeException());
                return;
            }
        }
        response.onNext(book.reserve(request));
        response.onCompleted();
    }

    @Override
    public void commit(CommitRequest request, StreamObserver<CommitResponse> response) {
        response.onNext(CommitResponse.newBuilder().setCommitted(book.commit(request.getOrderId())).build());
        response.onCompleted();
    }

    @Override
    public void release(ReleaseRequest request, StreamObserver<ReleaseResponse> response) {
        response.onNext(ReleaseResponse.newBuilder().setReleased(book.release(request.getOrderId())).build());
        response.onCompleted();
    }

    @Override
    public void setStock(SetStockRequest request, StreamObserver<SetStockResponse> response) {
        if (request.getOutletId().isBlank() || request.getItemId().isBlank() || request.getQuantity() < 0) {
            response.onError(Status.INVALID_ARGUMENT
                    .withDescription("outlet_id, item_id and a quantity of 0 or more are required").asRuntimeException());
            return;
        }
        response.onNext(SetStockResponse.newBuilder()
                .setItem(book.set(request.getOutletId(), request.getItemId(), request.getQuantity())).build());
        response.onCompleted();
    }

    @Override
    public void watchAvailability(WatchAvailabilityRequest request, StreamObserver<AvailabilityUpdate> response) {
        ServerCallStreamObserver<AvailabilityUpdate> stream = (ServerCallStreamObserver<AvailabilityUpdate>) response;
        Runnable unwatch = book.watch(Set.copyOf(request.getOutletIdsList()),
                snapshot -> stream.onNext(AvailabilityUpdate.newBuilder().setSnapshot(true).addAllItems(snapshot).build()),
                change -> {
                    if (!stream.isCancelled()) {
                        stream.onNext(AvailabilityUpdate.newBuilder().addItems(change).build());
                    }
                });
        stream.setOnCancelHandler(unwatch);
    }
}
