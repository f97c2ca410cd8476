-- The condition of a check changed under the same name: Alembic compares checks by name only
-- and misses it (reference 1.1 (a), Alembic #1600, #1859).
-- expect: drop check constraint item_qty_check * on item to add it as changed
-- expect: add check constraint item_qty_check * on item, replacing *
-- expect on postgresql: validate constraint item_qty_check on item
-- before:
create table item (id integer not null, qty integer, constraint item_qty_check check (qty > 0), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, qty integer, constraint item_qty_check check (qty >= 0), constraint item_pkey primary key (id));
