-- Noise regression: the same names, quoted on one side, find nothing (jOOQ #17696: an index
-- renamed to its own name).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20), constraint item_pkey primary key (id));
create index ix_item_name on item (name);
-- desired:
create table "item" ("id" integer not null, "name" varchar(20), constraint "item_pkey" primary key ("id"));
create index "ix_item_name" on "item" ("name");
