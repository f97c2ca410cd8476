-- A value removed from a PostgreSQL enum type: the type is re-created without it and the
-- columns cast to it (reference 1.5); the upgrade fails while a row still holds the value.
-- not mariadb: see mariadb-enum-values-removed.
-- not h2: see mariadb-enum-values-removed.
-- expect: drop value 'meh' from enum type mood ('happy', 'meh', 'sad')
-- before:
create type mood as enum ('happy', 'meh', 'sad');
create table feeling (id integer primary key, mood mood default 'happy');
-- desired:
create type mood as enum ('happy', 'sad');
create table feeling (id integer primary key, mood mood default 'happy');
