-- A NOT NULL column made nullable.
-- expect: alter column item.name: not null -> nullable
-- before:
create table item (id integer not null, name varchar(50) not null, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
