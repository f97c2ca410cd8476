-- Noise regression: the same defaults with a cast, extra parentheses or a quoted number find
-- nothing (Alembic compares server defaults as text after stripping quotes; reference 1.1 (b)).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20) default 'x', qty integer default 1,
  price numeric(10,2) default 0.00, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(20) default ('x'), qty integer default (1),
  price numeric(10,2) default (0.00), constraint item_pkey primary key (id));
