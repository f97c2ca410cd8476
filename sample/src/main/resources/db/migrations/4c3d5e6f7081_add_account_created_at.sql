-- revision: 4c3d5e6f7081
-- revises: 2a1b3c4d5e6f
-- message: Add account created_at
-- branch-labels: accounts

-- upgrade
ALTER TABLE account ADD COLUMN created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;

-- downgrade
ALTER TABLE account DROP COLUMN created_at;
