-- A text column that holds numbers made an integer column: PostgreSQL has no automatic
-- cast from text to integer, so the change converts with USING qty::integer (and the
-- downgrade, to text, needs none).
-- expect: alter column item.qty: type text -> integer using qty::integer
-- before:
create table item (id integer not null, qty text, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, qty integer, constraint item_pkey primary key (id));
