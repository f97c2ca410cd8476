-- revision: b2000000000b
-- revises: a1000000000a
-- message: Keep each account's email domain in a column of its own, lower case

-- upgrade
ALTER TABLE account ADD COLUMN domain VARCHAR(200);
UPDATE account SET domain = LOWER(SUBSTRING(email FROM POSITION('@' IN email) + 1));

-- downgrade
ALTER TABLE account DROP COLUMN domain;
