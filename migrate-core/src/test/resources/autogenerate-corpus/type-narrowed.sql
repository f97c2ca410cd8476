-- A varchar made shorter: found, and marked as narrowing (may cut values).
-- expect: alter column item.name: type *100* -> *20*
-- before:
create table item (id integer not null, name varchar(100), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(20), constraint item_pkey primary key (id));
