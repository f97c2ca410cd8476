-- A column comment added and another one changed (Alembic modify_comment).
-- expect: alter column item.name: comment none -> 'The name'
-- expect: alter column item.code: comment 'Old' -> 'New'
-- before:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
comment on column item.code is 'Old';
-- desired:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
comment on column item.name is 'The name';
comment on column item.code is 'New';
