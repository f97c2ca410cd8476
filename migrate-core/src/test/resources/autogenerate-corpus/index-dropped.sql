-- An index dropped (Alembic remove_index).
-- expect: drop index ix_item_name (name) on item
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
create index ix_item_name on item (name);
-- desired:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
