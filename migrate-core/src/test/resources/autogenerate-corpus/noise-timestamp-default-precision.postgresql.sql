-- Noise regression, PostgreSQL: timestamp without precision keeps microseconds, as
-- timestamp(6) does, and format_type spells them differently (jOOQ #10807).
-- expect: nothing
-- before:
create table item (id integer not null, at timestamp, at_tz timestamptz, t time, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, at timestamp(6), at_tz timestamp(6) with time zone, t time(6),
  constraint item_pkey primary key (id));
