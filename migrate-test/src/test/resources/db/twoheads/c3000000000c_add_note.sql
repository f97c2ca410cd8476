-- revision: c3000000000c
-- revises: a1000000000a
-- message: Add note, beside name

-- upgrade
ALTER TABLE account ADD COLUMN note VARCHAR(100);

-- downgrade
ALTER TABLE account DROP COLUMN note;
