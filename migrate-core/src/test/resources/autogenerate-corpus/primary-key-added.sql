-- A table without a primary key gets one (Alembic misses primary key changes; reference 1.1 (a)).
-- expect: add primary key * (a) on pair
-- before:
create table pair (a integer not null, b integer not null);
-- desired:
create table pair (a integer not null, b integer not null, constraint pair_pkey primary key (a));
