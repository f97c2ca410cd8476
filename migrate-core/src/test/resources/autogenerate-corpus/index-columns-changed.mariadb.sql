-- An index over one more column, and an index made unique: each dropped and created again
-- (Alembic #786: drops before creates). MariaDB: a unique index on whole columns is a
-- unique constraint, as MariaDB makes no difference.
-- expect: drop index ix_item_name (name) on item to create it as index ix_item_name (name, code)
-- expect: add index ix_item_name (name, code) on item, replacing *
-- expect: drop index ux_item_code (code) on item
-- expect: add unique constraint ux_item_code (code) on item
-- before:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
create index ix_item_name on item (name);
create index ux_item_code on item (code);
-- desired:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
create index ix_item_name on item (name, code);
create unique index ux_item_code on item (code);
