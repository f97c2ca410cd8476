-- revision: c3000000000c
-- revises: b2000000000b
-- message: Add note

-- upgrade
ALTER TABLE account ADD COLUMN note VARCHAR(100);

-- downgrade
ALTER TABLE account DROP COLUMN note;
