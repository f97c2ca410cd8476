-- revision: e50000000005
-- revises: b20000000002
-- message: Drop legacy

-- upgrade
DROP TABLE IF EXISTS legacy;

-- downgrade
