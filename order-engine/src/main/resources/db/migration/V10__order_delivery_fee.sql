-- The delivery fee an order was charged (0.00 for pickup); its total already includes it.
-- Orders placed before this migration had no fee.
ALTER TABLE orders ADD COLUMN delivery_fee DECIMAL(12,2) NOT NULL DEFAULT 0.00;
