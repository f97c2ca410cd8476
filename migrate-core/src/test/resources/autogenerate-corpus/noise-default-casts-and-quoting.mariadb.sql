-- Noise regression, MariaDB: quoted numbers and decimal scale are normalized by the server
-- (reference 2: 0 reads back as 0.00).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20) default 'x', qty integer default 1,
  price numeric(10,2) default 0.00, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(20) default 'x', qty integer default '1',
  price numeric(10,2) default 0, constraint item_pkey primary key (id));
