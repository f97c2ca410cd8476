-- A column made NOT NULL (Alembic modify_nullable; marked: fails on rows holding NULL).
-- expect: alter column item.name: nullable -> not null
-- expect on postgresql: add check constraint ck_item_* (name IS NOT NULL) on item, not valid, to set item.name not null*
-- expect on postgresql: validate constraint ck_item_* on item
-- expect on postgresql: drop check constraint ck_item_* (name IS NOT NULL) on item, which item.name not null replaces
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50) not null, constraint item_pkey primary key (id));
