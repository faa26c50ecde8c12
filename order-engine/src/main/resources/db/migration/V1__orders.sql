-- Orders with their priced lines frozen at placement, per-outlet daily order number counters,
-- and the outbox of order events. Written to run unchanged on MySQL 8, MariaDB 10.11 and
-- H2 in MySQL mode. Money is DECIMAL(12,2) in the order's currency; instants are UTC.

CREATE TABLE orders (
    id                  VARCHAR(36)   NOT NULL,
    version             BIGINT        NOT NULL,
    order_number        VARCHAR(8)    NOT NULL,
    day_sequence        INT           NOT NULL,
    outlet_id           VARCHAR(64)   NOT NULL,
    business_day        DATE          NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    status_reason       VARCHAR(500),
    status_changed_at   DATETIME(6)   NOT NULL,
    subtotal            DECIMAL(12,2) NOT NULL,
    tax                 DECIMAL(12,2) NOT NULL,
    total               DECIMAL(12,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    fulfillment_mode    VARCHAR(16)   NOT NULL,
    fulfillment_time    DATETIME(6),
    fulfillment_address VARCHAR(500),
    customer_name       VARCHAR(200),
    customer_phone      VARCHAR(40),
    channel             VARCHAR(32),
    conversation_key    VARCHAR(200),
    zone_id             VARCHAR(64)   NOT NULL,
    placed_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_orders_outlet_day_sequence UNIQUE (outlet_id, business_day, day_sequence)
);

CREATE INDEX ix_orders_conversation ON orders (conversation_key, placed_at);
CREATE INDEX ix_orders_phone ON orders (outlet_id, customer_phone, placed_at);

CREATE TABLE order_lines (
    order_id     VARCHAR(36)   NOT NULL,
    line_index   INT           NOT NULL,
    line_id      VARCHAR(16)   NOT NULL,
    item_id      VARCHAR(64)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    quantity     INT           NOT NULL,
    note         VARCHAR(500),
    unit_price   DECIMAL(12,2) NOT NULL,
    line_total   DECIMAL(12,2) NOT NULL,
    options_json TEXT          NOT NULL,
    PRIMARY KEY (order_id, line_index),
    CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id)
);

CREATE TABLE order_number_counters (
    outlet_id    VARCHAR(64) NOT NULL,
    business_day DATE        NOT NULL,
    last_number  INT         NOT NULL,
    PRIMARY KEY (outlet_id, business_day)
);

CREATE TABLE outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    type          VARCHAR(64)   NOT NULL,
    order_id      VARCHAR(36)   NOT NULL,
    outlet_id     VARCHAR(64)   NOT NULL,
    payload       TEXT          NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    dispatched_at DATETIME(6),
    attempts      INT           NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000),
    PRIMARY KEY (id)
);

CREATE INDEX ix_outbox_pending ON outbox (dispatched_at, id);
