-- Noise regression: a unique constraint and a unique index with NULLS NOT DISTINCT find nothing
-- run after run (Alembic #1291 "incorrectly reflects nulls not distinct").
-- not mariadb: MariaDB has no NULLS NOT DISTINCT.
-- not h2: H2 has no NULLS NOT DISTINCT on indexes.
-- expect: nothing
-- before:
create table item (id integer not null, code varchar(10), region varchar(5), constraint item_pkey primary key (id),
  constraint item_code_key unique nulls not distinct (code));
create unique index ux_item_region on item (region) nulls not distinct;
-- desired:
create table item (id integer not null, code varchar(10), region varchar(5), constraint item_pkey primary key (id),
  constraint item_code_key unique nulls not distinct (code));
create unique index ux_item_region on item (region) nulls not distinct;
