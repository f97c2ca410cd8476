-- Noise regression, MariaDB: display widths and boolean as tinyint(1) (Alembic #661, jOOQ #18855).
-- expect: nothing
-- before:
create table item (id integer not null, qty int, big bigint, flag boolean, name varchar(20), price numeric(10,2),
  ratio double precision, constraint item_pkey primary key (id));
-- desired:
create table item (id int(11) not null, qty integer, big bigint(20), flag tinyint(1), name varchar(20), price decimal(10,2),
  ratio double, constraint item_pkey primary key (id));
