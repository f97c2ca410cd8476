-- Noise regression: function defaults compare as the server's text, so the same function finds
-- nothing (Alembic's PostgreSQL default comparison runs SELECT on the live database and calls it
-- "quite a bad idea for a default that's a SQL function"; Alembic #1152).
-- expect: nothing
-- before:
create table item (id integer not null, created timestamp default current_timestamp, due date default current_date,
  constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, created timestamp default current_timestamp, due date default current_date,
  constraint item_pkey primary key (id));
