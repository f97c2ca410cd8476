-- revision: a1b2c3d4e5f6
-- message: Create account

-- upgrade
CREATE TABLE account (
    id BIGINT PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100)
);

-- downgrade
DROP TABLE account;
