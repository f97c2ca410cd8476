-- Noise regression, H2: unquoted names are stored in upper case, so the quoted side uses it
-- (jOOQ #17696).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20), constraint item_pkey primary key (id));
create index ix_item_name on item (name);
-- desired:
create table "ITEM" ("ID" integer not null, "NAME" varchar(20), constraint "ITEM_PKEY" primary key ("ID"));
create index "IX_ITEM_NAME" on "ITEM" ("NAME");
