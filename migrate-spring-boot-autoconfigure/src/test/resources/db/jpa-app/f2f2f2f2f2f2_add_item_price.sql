-- revision: f2f2f2f2f2f2
-- revises: e1e1e1e1e1e1
-- message: Add item price

-- upgrade
ALTER TABLE item ADD COLUMN price INTEGER;

-- downgrade
ALTER TABLE item DROP COLUMN price;
