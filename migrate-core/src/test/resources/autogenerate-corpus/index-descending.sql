-- An index changed to sort its key descending (reference 3.4: desc keys on all three databases).
-- expect: drop index ix_item_at (at) on item to create it as index ix_item_at (at desc)
-- expect: add index ix_item_at (at desc) on item, replacing *
-- before:
create table item (id integer not null, at date, constraint item_pkey primary key (id));
create index ix_item_at on item (at);
-- desired:
create table item (id integer not null, at date, constraint item_pkey primary key (id));
create index ix_item_at on item (at desc);
