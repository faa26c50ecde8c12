-- The SMS channel: our own opt-out list (STOP / START), whatever Twilio's opt-out handling does, and the
-- delivery status Twilio reports for each outbound text. Numbers are E.164; instants are UTC.
-- Written to run unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE sms_opt_outs (
    our_number      VARCHAR(40) NOT NULL,
    customer_number VARCHAR(40) NOT NULL,
    opted_out_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (our_number, customer_number)
);

CREATE TABLE sms_deliveries (
    message_sid VARCHAR(64) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    status_rank INT         NOT NULL,
    error_code  VARCHAR(10),
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (message_sid)
);
