-- revision: 3c0000000003
-- revises: 1a0000000001
-- message: Add orders

-- upgrade
CREATE TABLE orders (id INT PRIMARY KEY, account_id INT);
CREATE INDEX ix_orders_account ON orders (account_id);
