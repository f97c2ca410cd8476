-- revision: a1000000000a
-- message: Create account

-- upgrade
CREATE TABLE account (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL, note VARCHAR(100));

-- downgrade
DROP TABLE account;
