-- Noise regression: unbounded text types find nothing (jOOQ #20049: PostgreSQL text reported with
-- length 2147483647 by the driver).
-- expect: nothing
-- before:
create table item (id integer not null, body text, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, body text, constraint item_pkey primary key (id));
