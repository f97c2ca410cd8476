-- Noise regression: columns of a domain type find nothing (Alembic #1357 "autogenerate reissues
-- alter_columns for unchanged domain columns").
-- not mariadb: MariaDB has no domains.
-- not h2: H2's catalog reports a domain column by its base type; the domain is not compared.
-- expect: nothing
-- before:
create domain positive_int as integer check (value > 0);
create table item (id integer not null, qty positive_int, constraint item_pkey primary key (id));
-- desired:
create domain positive_int as integer check (value > 0);
create table item (id integer not null, qty positive_int not null, constraint item_pkey primary key (id));
alter table item alter column qty drop not null;
