-- Kitchen tickets made from the outbox, their delivery to terminals and the stock held for them.
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode. Instants are UTC.

-- One ticket per order. sequence is set when the ticket is released to terminals (null while
-- HELD) and only grows, so a terminal resumes from the highest sequence it acknowledged.
CREATE TABLE kitchen_tickets (
    ticket_id      VARCHAR(36)  NOT NULL,
    order_id       VARCHAR(36)  NOT NULL,
    outlet_id      VARCHAR(64)  NOT NULL,
    outbox_id      BIGINT       NOT NULL,
    sequence_no    BIGINT,
    state          VARCHAR(16)  NOT NULL,
    stations       VARCHAR(255) NOT NULL,
    body           BLOB         NOT NULL,
    order_status   VARCHAR(32)  NOT NULL,
    hold_reason    VARCHAR(500),
    stock          VARCHAR(16)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    released_at    DATETIME(6),
    first_acked_at DATETIME(6),
    escalated_at   DATETIME(6),
    closed_at      DATETIME(6),
    CONSTRAINT pk_kitchen_tickets PRIMARY KEY (ticket_id),
    CONSTRAINT uq_kitchen_tickets_order UNIQUE (order_id),
    CONSTRAINT uq_kitchen_tickets_sequence UNIQUE (sequence_no)
);

CREATE INDEX ix_kitchen_tickets_outlet ON kitchen_tickets (outlet_id, state, sequence_no);
CREATE INDEX ix_kitchen_tickets_unclaimed ON kitchen_tickets (state, first_acked_at, released_at);
CREATE INDEX ix_kitchen_tickets_stock ON kitchen_tickets (stock);

-- Which terminal acknowledged which ticket.
CREATE TABLE kitchen_ticket_acks (
    ticket_id   VARCHAR(36)  NOT NULL,
    terminal_id VARCHAR(100) NOT NULL,
    station     VARCHAR(32)  NOT NULL,
    acked_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_kitchen_ticket_acks PRIMARY KEY (ticket_id, terminal_id),
    CONSTRAINT fk_kitchen_ticket_acks_ticket FOREIGN KEY (ticket_id) REFERENCES kitchen_tickets (ticket_id)
);

-- The ticket sequence. Its single row is also the lock that keeps ticket creation in order
-- when several instances relay at once.
CREATE TABLE kitchen_sequence (
    name       VARCHAR(32) NOT NULL,
    last_value BIGINT      NOT NULL,
    CONSTRAINT pk_kitchen_sequence PRIMARY KEY (name)
);

INSERT INTO kitchen_sequence (name, last_value) VALUES ('tickets', 0);
