-- Noise regression: the same columns in another order find nothing (column order is not
-- compared; reference 3.6, as sqldef and pg-schema-diff do by default).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20), qty integer, constraint item_pkey primary key (id));
-- desired:
create table item (qty integer, id integer not null, name varchar(20), constraint item_pkey primary key (id));
