-- Noise regression: PostgreSQL's internal type names (int4, int8, bool, timestamptz) and the
-- standard ones find nothing (liquibase-hibernate #217 useless change sets on PostgreSQL;
-- reference 2: the driver reports internal names).
-- not mariadb: PostgreSQL's internal names; MariaDB's synonyms are in noise-type-synonyms.
-- not h2: PostgreSQL's internal names; H2's synonyms are in noise-type-synonyms.
-- expect: nothing
-- before:
create table item (id int4 not null, big int8, flag bool, at timestamptz, day timestamp, t time, small int2,
  constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, big bigint, flag boolean, at timestamp with time zone,
  day timestamp without time zone, t time without time zone, small smallint, constraint item_pkey primary key (id));
