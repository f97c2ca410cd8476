-- A column goes away with the index on it: the index is dropped first, and the downgrade
-- creates it after the column is back.
-- expect: drop index ix_item_code_name * on item
-- expect: drop column item.code
-- before:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
create index ix_item_code_name on item (code, name);
-- desired:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
