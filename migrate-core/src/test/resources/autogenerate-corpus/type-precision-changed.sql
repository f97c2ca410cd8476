-- A decimal with more precision and scale (Alembic compares type arguments only when both
-- sides have the same number of them; reference 1.1 (b)).
-- expect: alter column item.price: type *10*2* -> *12*4*
-- before:
create table item (id integer not null, price numeric(10,2), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, price numeric(12,4), constraint item_pkey primary key (id));
