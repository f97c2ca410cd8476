-- revision: 5d4e6f708192
-- revises: 3b2c4d5e6f70, 4c3d5e6f7081
-- message: Merge orders and accounts branches

-- upgrade

-- downgrade
