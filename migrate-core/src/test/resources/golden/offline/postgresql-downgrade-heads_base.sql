-- Running downgrade e5f6a7b8c9d1 -> d4e5f6a7b8c9

SET lock_timeout = '2000ms';

ALTER TABLE account DROP CONSTRAINT uq_account_email;

DROP INDEX CONCURRENTLY ix_account_name;

RESET lock_timeout;

BEGIN;

UPDATE migrate_version SET version_num='d4e5f6a7b8c9' WHERE migrate_version.version_num = 'e5f6a7b8c9d1';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('e5f6a7b8c9d1', 'downgrade', 'e5f6a7b8c9d1', 'd4e5f6a7b8c9', NULL, CURRENT_USER, NULL, TRUE, 2, 0, NULL);

COMMIT;

-- Running downgrade d4e5f6a7b8c9 -> c3d4e5f6a7b8

BEGIN;

UPDATE migrate_version SET version_num='c3d4e5f6a7b8' WHERE migrate_version.version_num = 'd4e5f6a7b8c9';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('d4e5f6a7b8c9', 'downgrade', 'd4e5f6a7b8c9', 'c3d4e5f6a7b8', NULL, CURRENT_USER, NULL, TRUE, 0, 0, NULL);

COMMIT;

-- Running downgrade c3d4e5f6a7b8 -> b2c3d4e5f6a7

BEGIN;

DROP TABLE orders;

UPDATE migrate_version SET version_num='b2c3d4e5f6a7' WHERE migrate_version.version_num = 'c3d4e5f6a7b8';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('c3d4e5f6a7b8', 'downgrade', 'c3d4e5f6a7b8', 'b2c3d4e5f6a7', NULL, CURRENT_USER, NULL, TRUE, 1, 0, NULL);

COMMIT;

-- Running downgrade b2c3d4e5f6a7 -> a1b2c3d4e5f6

BEGIN;

ALTER TABLE account DROP COLUMN created_at;

UPDATE migrate_version SET version_num='a1b2c3d4e5f6' WHERE migrate_version.version_num = 'b2c3d4e5f6a7';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('b2c3d4e5f6a7', 'downgrade', 'b2c3d4e5f6a7', 'a1b2c3d4e5f6', NULL, CURRENT_USER, NULL, TRUE, 1, 0, NULL);

COMMIT;

-- Running downgrade a1b2c3d4e5f6 -> 

BEGIN;

DROP TABLE account;

DELETE FROM migrate_version WHERE migrate_version.version_num = 'a1b2c3d4e5f6';

INSERT INTO migrate_history (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, statements_run, statements_left_behind, message) VALUES ('a1b2c3d4e5f6', 'downgrade', 'a1b2c3d4e5f6', '', NULL, CURRENT_USER, NULL, TRUE, 1, 0, NULL);

COMMIT;

