-- Noise regression: a timestamp with its default precision written out finds nothing
-- (jOOQ #10807 default timestamp precision).
-- expect: nothing
-- before:
create table item (id integer not null, at timestamp, t time, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, at timestamp(6), t time(0), constraint item_pkey primary key (id));
