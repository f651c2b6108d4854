-- The inbox schema. Times are microseconds since the Unix epoch (UTC); ids are UUIDs.
-- shop_id leads every key and index, so a database sharded by shop works unchanged.

CREATE TABLE shops (
    shop_id UUID NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    support_contact TEXT
);

-- Routes inbound texts: a number belongs to one shop.
CREATE TABLE shop_numbers (
    shop_id UUID NOT NULL REFERENCES shops (shop_id),
    number TEXT NOT NULL,
    position BIGINT NOT NULL,
    PRIMARY KEY (shop_id, number)
);
CREATE UNIQUE INDEX shop_numbers_number ON shop_numbers (number);

-- One row per customer, holding their thread's state too.
CREATE TABLE customers (
    shop_id UUID NOT NULL REFERENCES shops (shop_id),
    customer_id UUID NOT NULL,
    phone TEXT NOT NULL,
    name TEXT,
    time_zone TEXT,
    subscribed BOOLEAN NOT NULL,
    consent_at BIGINT NOT NULL,
    consent_source TEXT NOT NULL,
    consent_event_id UUID,
    created_at BIGINT NOT NULL,
    last_message_at BIGINT,
    preview TEXT,
    last_direction TEXT,
    unread BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, customer_id),
    UNIQUE (shop_id, phone)
);
CREATE INDEX customers_activity ON customers (shop_id, last_message_at, customer_id)
    WHERE last_message_at IS NOT NULL;
CREATE INDEX customers_unread ON customers (shop_id, last_message_at, customer_id)
    WHERE unread > 0;
CREATE INDEX customers_unsubscribed ON customers (shop_id, last_message_at, customer_id)
    WHERE NOT subscribed AND last_message_at IS NOT NULL;

CREATE TABLE messages (
    shop_id UUID NOT NULL,
    message_id UUID NOT NULL,
    customer_id UUID NOT NULL,
    direction TEXT NOT NULL,
    body TEXT NOT NULL,
    origin TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    send_at BIGINT,
    timeline_at BIGINT NOT NULL,
    claimed_at BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    sent_at BIGINT,
    delivered_at BIGINT,
    carrier_id TEXT,
    failure_code TEXT,
    failure_reason TEXT,
    carrier_status TEXT,
    encoding TEXT NOT NULL,
    segments BIGINT NOT NULL,
    order_id TEXT,
    PRIMARY KEY (shop_id, message_id),
    FOREIGN KEY (shop_id, customer_id) REFERENCES customers (shop_id, customer_id)
);
CREATE UNIQUE INDEX messages_carrier_id ON messages (shop_id, carrier_id)
    WHERE carrier_id IS NOT NULL;
CREATE INDEX messages_timeline ON messages (shop_id, customer_id, timeline_at, message_id);
CREATE INDEX messages_pending ON messages (shop_id, customer_id)
    WHERE status IN ('planned', 'queued');
-- The dispatcher's queue: planned messages by due time.
CREATE INDEX messages_due ON messages (shop_id, send_at) WHERE status = 'planned';
-- Messages in flight, for recovery after a crash.
CREATE INDEX messages_sending ON messages (shop_id, claimed_at) WHERE status = 'sending';

CREATE TABLE orders (
    shop_id UUID NOT NULL,
    order_id TEXT NOT NULL,
    customer_id UUID NOT NULL,
    number TEXT,
    status TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    item_count BIGINT NOT NULL,
    url TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (shop_id, order_id),
    FOREIGN KEY (shop_id, customer_id) REFERENCES customers (shop_id, customer_id)
);
CREATE INDEX orders_customer ON orders (shop_id, customer_id, created_at);

-- The consent ledger: append only.
CREATE TABLE consent_events (
    shop_id UUID NOT NULL,
    event_id UUID NOT NULL,
    customer_id UUID NOT NULL,
    change TEXT NOT NULL,
    source TEXT NOT NULL,
    message_id UUID,
    text TEXT,
    rule TEXT,
    carrier_code TEXT,
    actor TEXT,
    at BIGINT NOT NULL,
    PRIMARY KEY (shop_id, event_id),
    FOREIGN KEY (shop_id, customer_id) REFERENCES customers (shop_id, customer_id)
);
CREATE INDEX consent_events_customer ON consent_events (shop_id, customer_id, at);
