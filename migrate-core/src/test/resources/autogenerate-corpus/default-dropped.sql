-- A server default removed.
-- expect: alter column item.status: default 'new'* -> none
-- before:
create table item (id integer not null, status varchar(10) default 'new', constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, status varchar(10), constraint item_pkey primary key (id));
