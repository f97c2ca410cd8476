-- A server default added to a text column (Alembic modify_default, off by default there).
-- expect: alter column item.status: default none -> 'new'*
-- before:
create table item (id integer not null, status varchar(10), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, status varchar(10) default 'new', constraint item_pkey primary key (id));
