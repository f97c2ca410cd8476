-- revision: a1000000000a
-- message: Create customer, with a shorter email than the entity has now

-- upgrade
CREATE TABLE customer (id BIGINT NOT NULL, email VARCHAR(100) NOT NULL, PRIMARY KEY (id));

-- downgrade
DROP TABLE customer;
