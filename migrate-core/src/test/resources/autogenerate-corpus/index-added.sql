-- An index added (Alembic add_index).
-- expect: add index ix_item_name (name) on item
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
create index ix_item_name on item (name);
