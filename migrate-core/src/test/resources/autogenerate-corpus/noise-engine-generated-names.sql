-- Noise regression: unnamed constraints, which the database names itself, find nothing even when
-- the databases numbered them differently (reference 2: H2's CONSTRAINT_xx; MariaDB's
-- CONSTRAINT_1 and child_ibfk_1; PostgreSQL's child_code_key). The desired side creates an extra
-- table first and drops it, so H2's numbers differ.
-- expect: nothing
-- before:
create table parent (id integer not null primary key);
create table child (id integer not null primary key, code varchar(10) unique, qty integer check (qty > 0),
  parent_id integer references parent (id));
-- desired:
create table filler (id integer not null primary key, a integer unique check (a > 1));
create table parent (id integer not null primary key);
create table child (id integer not null primary key, code varchar(10) unique, qty integer check (qty > 0),
  parent_id integer references parent (id));
drop table filler;
