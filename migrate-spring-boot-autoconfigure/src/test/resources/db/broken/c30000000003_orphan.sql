-- revision: c30000000003
-- revises: ffffffffffff
-- message: Revises a revision that does not exist

-- upgrade
SELECT 1;

-- downgrade
SELECT 1;
