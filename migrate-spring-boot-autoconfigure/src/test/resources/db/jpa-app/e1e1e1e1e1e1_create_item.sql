-- revision: e1e1e1e1e1e1
-- message: Create item

-- upgrade
CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(100));

-- downgrade
DROP TABLE item;
