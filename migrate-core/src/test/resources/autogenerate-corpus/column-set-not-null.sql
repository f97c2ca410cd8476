-- A column made NOT NULL (Alembic modify_nullable; marked: fails on rows holding NULL).
-- expect: alter column item.name: nullable -> not null
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50) not null, constraint item_pkey primary key (id));
