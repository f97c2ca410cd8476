-- Noise regression, MariaDB: datetime's default precision is 0 (jOOQ #10807).
-- expect: nothing
-- before:
create table item (id integer not null, at datetime, t time, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, at datetime(0), t time(0), constraint item_pkey primary key (id));
