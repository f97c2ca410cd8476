-- The predicate of a partial index changed (Alembic and the JDBC metadata do not compare it;
-- reference 1.1 (b), 2).
-- not mariadb: MariaDB has no partial indexes (syntax error, reference 2).
-- not h2: H2 has no partial indexes (syntax error, reference 2).
-- expect: drop index ix_item_active (name) where * on item to create it as *
-- expect: add index ix_item_active (name) where * on item, replacing *
-- before:
create table item (id integer not null, name varchar(50), active boolean, constraint item_pkey primary key (id));
create index ix_item_active on item (name) where active;
-- desired:
create table item (id integer not null, name varchar(50), active boolean, constraint item_pkey primary key (id));
create index ix_item_active on item (name) where active and name is not null;
