-- Noise regression, MariaDB: now() and current_timestamp are stored alike as current_timestamp().
-- expect: nothing
-- before:
create table item (id integer not null, created datetime default now(), updated timestamp null default current_timestamp,
  constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, created datetime default current_timestamp, updated timestamp null default now(),
  constraint item_pkey primary key (id));
