-- A value added to a PostgreSQL enum type, in the middle (ALTER TYPE ... ADD VALUE ... BEFORE);
-- PostgreSQL cannot drop a value, so the downgrade re-creates the type.
-- not mariadb: see mariadb-enum-values-added.
-- not h2: see mariadb-enum-values-added.
-- expect: add value 'ok' to enum type mood ('happy', 'sad')
-- before:
create type mood as enum ('happy', 'sad');
create table feeling (id integer primary key, mood mood default 'happy');
-- desired:
create type mood as enum ('happy', 'ok', 'sad');
create table feeling (id integer primary key, mood mood default 'happy');
