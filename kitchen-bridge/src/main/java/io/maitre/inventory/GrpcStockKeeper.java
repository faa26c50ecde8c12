package io.maitre.inventory;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.maitre.inventory.v1.CommitRequest;
import io.maitre.inventory.v1.InventoryGrpc;
import io.maitre.inventory.v1.ReleaseRequest;
import io.maitre.inventory.v1.ReservationStatus;
import io.maitre.inventory.v1.ReserveRequest;
import io.maitre.inventory.v1.ReserveResponse;
import io.maitre.inventory.v1.StockLine;
import io.maitre.menu.OutletId;
import io.maitre.order.OrderId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The inventory service over gRPC. Every call has a deadline; calls that fail because the
 * service is unreachable, slow or failing are retried with backoff (they are idempotent), and a
 * circuit breaker stops calling for a while when most recent calls failed. What still fails
 * surfaces as {@link InventoryUnavailable}.
 */
@Component
class GrpcStockKeeper implements StockKeeper {

    private static final Set<Status.Code> TRANSIENT = EnumSet.of(Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED,
            Status.Code.INTERNAL, Status.Code.UNKNOWN);

    private final InventoryGrpc.InventoryBlockingStub stub;
    private final InventoryProperties properties;
    private final CircuitBreaker breaker;
    private final Retry retry;

    GrpcStockKeeper(InventoryConnection connection, InventoryProperties properties) {
        this.stub = InventoryGrpc.newBlockingStub(connection.channel());
        this.properties = properties;
        this.breaker = CircuitBreaker.of("inventory", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(properties.failureRate())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(GrpcStockKeeper::isTransient)
                .build());
        this.retry = Retry.of("inventory", RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .retryOnException(GrpcStockKeeper::isTransient)
                .build());
    }

    @Override
    public Reservation reserve(OrderId order, OutletId outlet, Map<String, Integer> quantities) {
        ReserveRequest.Builder request = ReserveRequest.newBuilder()
                .setOrderId(order.toString())
                .setOutletId(outlet.value());
        quantities.forEach((item, quantity) ->
                request.addLines(StockLine.newBuilder().setItemId(item).setQuantity(quantity)));
        ReserveResponse response = call("Reserve " + order, () -> deadlined().reserve(request.build()));
        if (response.getStatus() == ReservationStatus.RESERVATION_STATUS_RESERVED) {
            return new Reservation.Reserved();
        }
        return new Reservation.Short(response.getShortagesList().stream()
                .map(s -> new Shortage(s.getItemId(), s.getRequested(), s.getAvailable()))
                .toList());
    }

    @Override
    public boolean commit(OrderId order) {
        return call("Commit " + order,
                () -> deadlined().commit(CommitRequest.newBuilder().setOrderId(order.toString()).build())).getCommitted();
    }

    @Override
    public boolean release(OrderId order) {
        return call("Release " + order,
                () -> deadlined().release(ReleaseRequest.newBuilder().setOrderId(order.toString()).build())).getReleased();
    }

    private InventoryGrpc.InventoryBlockingStub deadlined() {
        return stub.withDeadlineAfter(properties.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private <T> T call(String what, Supplier<T> call) {
        Supplier<T> resilient = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call));
        try {
            return resilient.get();
        } catch (CallNotPermittedException open) {
            throw new InventoryUnavailable(what + ": the inventory service is failing, not calling it for now", open);
        } catch (StatusRuntimeException failed) {
            throw new InventoryUnavailable(what + " failed: " + failed.getStatus().getCode()
                    + (failed.getStatus().getDescription() == null ? "" : " " + failed.getStatus().getDescription()),
                    failed);
        }
    }

    private static boolean isTransient(Throwable failure) {
        return failure instanceof StatusRuntimeException grpc && TRANSIENT.contains(grpc.getStatus().getCode());
    }
}
