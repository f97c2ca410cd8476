-- revision: d40000000004
-- message: Fails

-- upgrade
CREATE TABLE not_yet (id INT);
INSERT INTO no_such_table VALUES (1);

-- downgrade
DROP TABLE not_yet;
