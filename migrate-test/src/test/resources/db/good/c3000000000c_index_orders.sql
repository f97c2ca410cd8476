-- revision: c3000000000c
-- revises: b2000000000b
-- message: Index orders by account
-- branch-labels: orders

-- upgrade
CREATE INDEX ix_orders_account ON orders (account_id);

-- downgrade
DROP INDEX ix_orders_account;
