-- revision: b2000000000b
-- revises: a1000000000a
-- message: Add name

-- upgrade
ALTER TABLE account ADD COLUMN name VARCHAR(100);

-- downgrade
ALTER TABLE account DROP COLUMN name;
