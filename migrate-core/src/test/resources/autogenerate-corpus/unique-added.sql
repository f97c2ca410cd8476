-- A named unique constraint added (Alembic add_constraint).
-- expect: add unique constraint item_code_key (code) on item
-- before:
create table item (id integer not null, code varchar(10), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, code varchar(10), constraint item_code_key unique (code), constraint item_pkey primary key (id));
