-- A unique constraint over one more column: dropped and added again under its name.
-- expect: drop unique constraint item_code_key (code) on item to add it as changed
-- expect: add unique constraint item_code_key (code, region) on item, replacing the old one
-- before:
create table item (id integer not null, code varchar(10), region varchar(5), constraint item_code_key unique (code), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, code varchar(10), region varchar(5), constraint item_code_key unique (code, region), constraint item_pkey primary key (id));
