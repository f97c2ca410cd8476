-- revision: a10000000001
-- message: Create account

-- upgrade
CREATE TABLE account (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- downgrade
DROP TABLE account;
