-- A value removed from a PostgreSQL enum type: the type is re-created and the columns cast to
-- it (migra's technique; reference 1.5), marked as losing data.
-- not mariadb: see mariadb-enum-values-removed.
-- not h2: see mariadb-enum-values-removed.
-- expect: alter enum type mood: values ('happy', 'meh', 'sad') -> ('happy', 'sad')
-- before:
create type mood as enum ('happy', 'meh', 'sad');
create table feeling (id integer primary key, mood mood default 'happy');
-- desired:
create type mood as enum ('happy', 'sad');
create table feeling (id integer primary key, mood mood default 'happy');
