-- An index key made to sort nulls last, against H2's default for an ascending key
-- (reference 3.4: NULLS FIRST / LAST on PostgreSQL and H2).
-- expect: drop index ix_item_at (at) on item to create it as index ix_item_at (at nulls last)
-- expect: add index ix_item_at (at nulls last) on item, replacing *
-- before:
create table item (id integer not null, at date, constraint item_pkey primary key (id));
create index ix_item_at on item (at);
-- desired:
create table item (id integer not null, at date, constraint item_pkey primary key (id));
create index ix_item_at on item (at nulls last);
