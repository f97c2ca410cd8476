-- A PostgreSQL enum type dropped after the column that used it.
-- not mariadb: MariaDB enums are column types.
-- not h2: H2 enums are column types.
-- expect: drop column feeling.mood
-- expect: drop enum type mood ('happy', 'sad')
-- before:
create type mood as enum ('happy', 'sad');
create table feeling (id integer primary key, mood mood);
-- desired:
create table feeling (id integer primary key);
