-- Noise regression, PostgreSQL: a cast to the column's type and a quoted number are folded by
-- the server ('x'::character varying; reference 2).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20) default 'x', qty integer default 1,
  price numeric(10,2) default 0.00, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(20) default 'x'::varchar, qty integer default '1',
  price numeric(10,2) default (0.00), constraint item_pkey primary key (id));
