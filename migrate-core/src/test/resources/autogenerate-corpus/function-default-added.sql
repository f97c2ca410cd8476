-- A function default added to a timestamp column; the verification proves the default the
-- operations create reads back as the same text (Alembic #1152: function defaults cause noise).
-- expect: alter column item.created: default none -> *current_timestamp*
-- before:
create table item (id integer not null, created timestamp, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, created timestamp default current_timestamp, constraint item_pkey primary key (id));
