-- Noise regression: a check written with other spacing and parentheses finds nothing, as both
-- sides hold the server's canonical text (Alembic compares checks by name only for this reason).
-- expect: nothing
-- before:
create table item (id integer not null, qty integer, constraint item_pkey primary key (id),
  constraint item_qty_check check (qty > 0));
-- desired:
create table item (id integer not null, qty integer, constraint item_pkey primary key (id),
  constraint item_qty_check check ((QTY>0)));
