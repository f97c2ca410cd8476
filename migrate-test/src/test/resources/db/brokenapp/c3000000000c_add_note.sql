-- revision: c3000000000c
-- revises: a1000000000a
-- message: Add a required note, on a branch of its own

-- upgrade
ALTER TABLE account ADD COLUMN note VARCHAR(100) NOT NULL;

-- downgrade
ALTER TABLE account DROP COLUMN note;
