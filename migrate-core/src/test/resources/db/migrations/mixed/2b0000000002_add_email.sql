-- revision: 2b0000000002
-- revises: 1a0000000001
-- message: Add email to accounts

-- upgrade
ALTER TABLE accounts ADD COLUMN email VARCHAR(200);

-- downgrade
ALTER TABLE accounts DROP COLUMN email;
