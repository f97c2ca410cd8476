-- revision: b2000000000b
-- revises: a1000000000a
-- message: Add name, with no downgrade section

-- upgrade
ALTER TABLE account ADD COLUMN name VARCHAR(100);
