-- A numeric default changed.
-- expect: alter column item.qty: default 0 -> 1
-- before:
create table item (id integer not null, qty integer default 0, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, qty integer default 1, constraint item_pkey primary key (id));
