-- A value of a PostgreSQL enum type renamed in place (ALTER TYPE ... RENAME VALUE): the rows
-- keep their value under the new label.
-- not mariadb: MariaDB cannot rename an ENUM value; see mariadb-enum-values-*.
-- not h2: H2 cannot rename an ENUM value.
-- expect: rename value 'sad' of enum type mood ('happy', 'sad') to 'unhappy'
-- before:
create type mood as enum ('happy', 'sad');
create table feeling (id integer primary key, mood mood);
-- desired:
create type mood as enum ('happy', 'unhappy');
create table feeling (id integer primary key, mood mood);
