-- A check constraint dropped.
-- expect: drop check constraint item_qty_check * on item
-- before:
create table item (id integer not null, qty integer, constraint item_qty_check check (qty > 0), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, qty integer, constraint item_pkey primary key (id));
