-- A NOT NULL column with a server default: existing rows get the default (Flask-Migrate #175's
-- safe form), so no hazard is marked.
-- expect: add column item.qty * not null default 0
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50), qty integer default 0 not null, constraint item_pkey primary key (id));
