-- Type, nullability and default of one column changed together: one alter, each part named.
-- expect: alter column item.name: type * -> *, nullable -> not null, default none -> 'x'*
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(100) default 'x' not null, constraint item_pkey primary key (id));
