-- Noise regression: DEFAULT NULL is no default (liquibase #2014 dropDefault when nothing changed,
-- jOOQ #10817 MariaDB DEFAULT NULL, TypeORM #4782; reference 2: MariaDB reports the text NULL,
-- PostgreSQL stores NULL::character varying).
-- expect: nothing
-- before:
create table item (id integer not null, name varchar(20), qty integer, body text, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(20) default null, qty integer default null,
  body text default null, constraint item_pkey primary key (id));
