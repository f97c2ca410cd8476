-- A varchar made longer (Alembic modify_type; liquibase #6437 misses length changes).
-- expect: alter column item.name: type *50* -> *100*
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(100), constraint item_pkey primary key (id));
