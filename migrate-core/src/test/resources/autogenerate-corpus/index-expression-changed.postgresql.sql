-- An expression index changed from lower() to upper(), and one added (Alembic skips or
-- regex-cleans expressions; reference 1.1 (b)).
-- not mariadb: MariaDB 10.11 has no expression indexes.
-- not h2: H2 has no expression indexes (syntax error, reference 2).
-- expect: drop unique index ux_item_name (*lower*) on item to create it as *upper*
-- expect: add unique index ux_item_name (*upper*) on item, replacing *
-- expect: add index ix_item_code_len (*length*) on item
-- before:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
create unique index ux_item_name on item (lower(name));
-- desired:
create table item (id integer not null, name varchar(50), code varchar(10), constraint item_pkey primary key (id));
create unique index ux_item_name on item (upper(name));
create index ix_item_code_len on item (length(code));
