-- Noise regression, H2: a CLOB without length and CHARACTER VARYING without length.
-- expect: nothing
-- before:
create table item (id integer not null, body clob, name varchar, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, body character large object, name character varying,
  constraint item_pkey primary key (id));
