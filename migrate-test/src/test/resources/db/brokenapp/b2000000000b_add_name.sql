-- revision: b2000000000b
-- revises: a1000000000a
-- message: Add name, but the downgrade forgets to drop it

-- upgrade
ALTER TABLE account ADD COLUMN name VARCHAR(100);

-- downgrade
