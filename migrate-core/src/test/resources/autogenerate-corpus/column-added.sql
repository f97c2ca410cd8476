-- A nullable column added to an existing table (Alembic add_column).
-- expect: add column item.note
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50), note varchar(200), constraint item_pkey primary key (id));
