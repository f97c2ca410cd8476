-- A column goes away (Alembic remove_column, marked as losing data).
-- expect: drop column item.legacy
-- before:
create table item (id integer not null, name varchar(50), legacy varchar(10), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
