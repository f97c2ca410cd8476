CREATE TABLE migrate_version (
    version_num VARCHAR(128) NOT NULL,
    CONSTRAINT pk_migrate_version PRIMARY KEY (version_num)
);

CREATE TABLE migrate_history (
    id BIGINT AUTO_INCREMENT NOT NULL,
    revision VARCHAR(128),
    direction VARCHAR(16) NOT NULL,
    heads_before LONGTEXT,
    heads_after LONGTEXT,
    checksum VARCHAR(64),
    applied_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP NOT NULL,
    applied_by VARCHAR(128) NOT NULL,
    execution_ms BIGINT,
    success BOOLEAN NOT NULL,
    statements_run INTEGER,
    statements_left_behind INTEGER NOT NULL,
    message LONGTEXT,
    CONSTRAINT pk_migrate_history PRIMARY KEY (id)
);

-- Running upgrade  -> a1b2c3d4e5f6

CREATE TABLE account (
    id BIGINT PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100)
);

INSERT INTO migrate_version (version_num) VALUES ('a1b2c3d4e5f6');

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('a1b2c3d4e5f6', 'upgrade', '', 'a1b2c3d4e5f6', 'f65d8bb97d07985f660ecdda676aab22eea542b88041bf41e479b050288c86bf', CURRENT_USER, NULL, TRUE, 1, 0, NULL);

-- Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7

ALTER TABLE account ADD COLUMN created_at TIMESTAMP;

UPDATE migrate_version SET version_num='b2c3d4e5f6a7' WHERE migrate_version.version_num = 'a1b2c3d4e5f6';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('b2c3d4e5f6a7', 'upgrade', 'a1b2c3d4e5f6', 'b2c3d4e5f6a7', 'e87c1a4d3443106626d0b261a16760e97365ec1d15086d52c41dc7023c5bcccb', CURRENT_USER, NULL, TRUE, 1, 0, NULL);

-- Running upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8

CREATE TABLE orders (
    id BIGINT AUTO_INCREMENT NOT NULL,
    account_id BIGINT NOT NULL,
    total DECIMAL(10, 2) DEFAULT 0 NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id)
);

ALTER TABLE orders ADD CONSTRAINT fk_orders_account_id_account FOREIGN KEY (account_id) REFERENCES account (id);

CREATE INDEX ix_orders_account_id ON orders (account_id);

UPDATE migrate_version SET version_num='c3d4e5f6a7b8' WHERE migrate_version.version_num = 'b2c3d4e5f6a7';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('c3d4e5f6a7b8', 'upgrade', 'b2c3d4e5f6a7', 'c3d4e5f6a7b8', '3a6d4086d9541d152a84ec49ec1783baa59c230c54f544ee6cce783d9cfe8435', CURRENT_USER, NULL, TRUE, 3, 0, NULL);

-- Running upgrade c3d4e5f6a7b8 -> d4e5f6a7b8c9

UPDATE account SET name = email WHERE name IS NULL;

UPDATE migrate_version SET version_num='d4e5f6a7b8c9' WHERE migrate_version.version_num = 'c3d4e5f6a7b8';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('d4e5f6a7b8c9', 'upgrade', 'c3d4e5f6a7b8', 'd4e5f6a7b8c9', '37b808832d226d6d739dc19a0d7d306ec535a6b064421661dcc0a9f23b64c220', CURRENT_USER, NULL, TRUE, 1, 0, NULL);

-- Running upgrade d4e5f6a7b8c9 -> e5f6a7b8c9d1

SET SESSION lock_wait_timeout = 2;

CREATE INDEX ix_account_name ON account (name) ALGORITHM=INPLACE LOCK=NONE;

ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE (email);

SET SESSION lock_wait_timeout = DEFAULT;

UPDATE migrate_version SET version_num='e5f6a7b8c9d1' WHERE migrate_version.version_num = 'd4e5f6a7b8c9';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('e5f6a7b8c9d1', 'upgrade', 'd4e5f6a7b8c9', 'e5f6a7b8c9d1', 'f5454f89fe4ae3316c0b376abc96ce1d42e752eb9d944bf019611fdb1a78f8b9', CURRENT_USER, NULL, TRUE, 2, 0, NULL);

