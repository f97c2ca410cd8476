-- revision: e5000000000e
-- revises: c3000000000c, d4000000000d
-- message: Merge orders and accounts

-- upgrade

-- downgrade
