-- A prefix index on MariaDB: the indexed length changed.
-- not postgresql: PostgreSQL has no prefix indexes.
-- not h2: H2 has no prefix indexes.
-- expect: drop index ix_item_name (name(10)) on item to create it as index ix_item_name (name(20))
-- expect: add index ix_item_name (name(20)) on item, replacing *
-- before:
create table item (id integer not null, name varchar(200), constraint item_pkey primary key (id));
create index ix_item_name on item (name(10));
-- desired:
create table item (id integer not null, name varchar(200), constraint item_pkey primary key (id));
create index ix_item_name on item (name(20));
