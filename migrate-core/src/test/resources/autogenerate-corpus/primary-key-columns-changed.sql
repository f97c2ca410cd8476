-- A primary key widened to two columns: dropped and added again.
-- expect: drop primary key * (a) on pair to add it as changed
-- expect: add primary key * (a, b) on pair, replacing the old one
-- before:
create table pair (a integer not null, b integer not null, constraint pair_pkey primary key (a));
-- desired:
create table pair (a integer not null, b integer not null, constraint pair_pkey primary key (a, b));
