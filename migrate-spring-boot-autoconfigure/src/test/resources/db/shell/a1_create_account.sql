-- revision: aaaa11111111
-- message: create account

-- upgrade
CREATE TABLE account (id INT PRIMARY KEY);

-- downgrade
DROP TABLE account;
