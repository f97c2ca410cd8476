-- A named check constraint added (Alembic 1.19 add_constraint for checks).
-- expect: add check constraint item_qty_check * on item
-- expect on postgresql: validate constraint item_qty_check on item
-- before:
create table item (id integer not null, qty integer, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, qty integer, constraint item_qty_check check (qty >= 0), constraint item_pkey primary key (id));
