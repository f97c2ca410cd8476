-- revision: b2000000000b
-- revises: a1000000000a
-- message: Add name to a table that does not exist

-- upgrade
ALTER TABLE customer ADD COLUMN name VARCHAR(100);

-- downgrade
ALTER TABLE customer DROP COLUMN name;
