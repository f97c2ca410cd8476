-- Noise regression, MariaDB: backquoted names (jOOQ #17696).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20), constraint item_pkey primary key (id));
create index ix_item_name on item (name);
-- desired:
create table `item` (`id` integer not null, `name` varchar(20), constraint `item_pkey` primary key (`id`));
create index `ix_item_name` on `item` (`name`);
