-- revision: a3a3a3a3a3a3
-- revises: f2f2f2f2f2f2
-- message: Add item tag

-- upgrade
ALTER TABLE item ADD COLUMN tag VARCHAR(20);

-- downgrade
ALTER TABLE item DROP COLUMN tag;
