-- A PostgreSQL enum type created with the table that uses it: the type first, dropped last
-- (Alembic #868: enum types not created or dropped).
-- not mariadb: MariaDB enums are column types, see mariadb-enum-values-*.
-- not h2: H2 enums are column types, see mariadb-enum-values-*.
-- expect: add enum type mood ('happy', 'sad')
-- expect: add table feeling (id, mood)
-- before:
create table customer (id bigint not null, constraint customer_pkey primary key (id));
-- desired:
create table customer (id bigint not null, constraint customer_pkey primary key (id));
create type mood as enum ('happy', 'sad');
create table feeling (id integer primary key, mood mood not null default 'happy');
