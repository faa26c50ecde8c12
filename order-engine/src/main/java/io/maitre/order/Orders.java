package io.maitre.order;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored orders. */
@Repository
class Orders {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    Orders(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Stores a new order and flushes, so constraint violations surface here rather than at commit. */
    void add(Order order) {
        entityManager.persist(order);
        entityManager.flush();
    }

    Optional<Order> find(OrderId id) {
        return Optional.ofNullable(entityManager.find(Order.class, id.toString()));
    }

    /** The order, or {@link OrderNotFound}; changes are saved at commit with a version check. */
    Order require(OrderId id) {
        return find(id).orElseThrow(() -> new OrderNotFound(id));
    }

    /**
     * The stored status alone, read with plain JDBC: it needs no persistence context, so a caller outside a
     * transaction (the kitchen relay, once per ticket) does not pay for opening one.
     */
    Optional<OrderStatus> statusOf(OrderId id) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?")
                .param(id.toString())
                .query((rs, row) -> OrderStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** The most recent order of a conversation, e.g. to answer "where is my order". */
    Optional<Order> latestOfConversation(String conversationKey) {
        return entityManager.createQuery(
                        "select o from SalesOrder o where o.conversationKey = :key order by o.placedAt desc, o.id desc",
                        Order.class)
                .setParameter("key", conversationKey)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The most recent order placed with this phone number at an outlet, e.g. for "same as last time". */
    Optional<Order> latestOfPhone(String outletId, String phone) {
        return recentOfPhone(outletId, phone, 1).stream().findFirst();
    }

    /** The most recent orders placed with this phone number at an outlet, newest first. */
    List<Order> recentOfPhone(String outletId, String phone, int limit) {
        return entityManager.createQuery(
                        "select o from SalesOrder o where o.outletId = :outlet and o.customerPhone = :phone"
                                + " order by o.placedAt desc, o.id desc",
                        Order.class)
                .setParameter("outlet", outletId)
                .setParameter("phone", phone)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The most recent order placed with this phone number at an outlet that is neither completed nor cancelled. */
    Optional<Order> latestOpenOfPhone(String outletId, String phone) {
        return entityManager.createQuery(
                        "select o from SalesOrder o where o.outletId = :outlet and o.customerPhone = :phone"
                                + " and o.status not in :final order by o.placedAt desc, o.id desc",
                        Order.class)
                .setParameter("outlet", outletId)
                .setParameter("phone", phone)
                .setParameter("final", List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The orders placed at or after an instant, oldest first. */
    List<Order> placedSince(Instant since) {
        return entityManager.createQuery(
                        "select o from SalesOrder o where o.placedAt >= :since order by o.placedAt, o.id", Order.class)
                .setParameter("since", since)
                .getResultList();
    }
}
