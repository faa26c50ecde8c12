-- Staff console: users (BCrypt hashes) with their role and outlets, private notes on conversations, and the
-- audit log of staff actions. Written to run unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
-- Instants are UTC.

CREATE TABLE staff_users (
    username       VARCHAR(64)   NOT NULL,
    password_hash  VARCHAR(100)  NOT NULL,
    role           VARCHAR(16)   NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (username)
);

CREATE TABLE staff_outlets (
    username   VARCHAR(64)  NOT NULL,
    outlet_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (username, outlet_id),
    CONSTRAINT fk_staff_outlets_user FOREIGN KEY (username) REFERENCES staff_users (username)
);

CREATE TABLE staff_notes (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    conversation_key  VARCHAR(200)   NOT NULL,
    author            VARCHAR(64)    NOT NULL,
    body              VARCHAR(2000)  NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_staff_notes_conversation ON staff_notes (conversation_key);

CREATE TABLE staff_audit (
    id         BIGINT         NOT NULL AUTO_INCREMENT,
    at         DATETIME(6)    NOT NULL,
    username   VARCHAR(64)    NOT NULL,
    action     VARCHAR(32)    NOT NULL,
    target     VARCHAR(200),
    detail     VARCHAR(2000),
    PRIMARY KEY (id)
);
CREATE INDEX ix_staff_audit_at ON staff_audit (at);
