-- revision: b2000000000b
-- revises: a1000000000a
-- message: Drop note, rename email
-- migrate:lint-ignore drop-column the release before this one no longer reads note

-- upgrade
ALTER TABLE account DROP COLUMN note;
ALTER TABLE account RENAME COLUMN email TO email_address;

-- downgrade
ALTER TABLE account RENAME COLUMN email_address TO email;
ALTER TABLE account ADD COLUMN note VARCHAR(100);
