-- Noise regression: the same types spelled with synonyms on each side find nothing
-- (Alembic #661 spurious MySQL type revisions, liquibase-hibernate #499 INTEGER vs int,
-- jOOQ #18855 INTEGER vs INT).
-- expect: nothing
-- before:
create table item (id integer not null, qty int, big bigint, flag boolean, name varchar(20), price numeric(10,2),
  ratio double precision, constraint item_pkey primary key (id));
-- desired:
create table item (id int not null, qty integer, big bigint, flag bool, name character varying(20), price decimal(10,2),
  ratio float8, constraint item_pkey primary key (id));
