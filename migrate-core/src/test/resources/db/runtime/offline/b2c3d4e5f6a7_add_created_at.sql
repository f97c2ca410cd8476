-- revision: b2c3d4e5f6a7
-- revises: a1b2c3d4e5f6
-- message: Add created_at to account

-- upgrade
ALTER TABLE account ADD COLUMN created_at TIMESTAMP;

-- downgrade
ALTER TABLE account DROP COLUMN created_at;
