-- revision: d4000000000d
-- revises: b2000000000b
-- message: Add account created_at
-- branch-labels: accounts

-- upgrade
ALTER TABLE account ADD COLUMN created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;

-- downgrade
ALTER TABLE account DROP COLUMN created_at;
