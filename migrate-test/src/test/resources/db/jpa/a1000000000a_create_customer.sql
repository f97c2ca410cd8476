-- revision: a1000000000a
-- message: Create customer

-- upgrade
CREATE TABLE customer (id BIGINT NOT NULL, email VARCHAR(200) NOT NULL, PRIMARY KEY (id));

-- downgrade
DROP TABLE customer;
