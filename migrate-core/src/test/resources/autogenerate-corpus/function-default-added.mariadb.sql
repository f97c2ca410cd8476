-- MariaDB: a datetime column with a current_timestamp default (stored as current_timestamp()).
-- expect: alter column item.created: default none -> current_timestamp()
-- before:
create table item (id integer not null, created datetime, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, created datetime default current_timestamp, constraint item_pkey primary key (id));
