-- Noise regression: bigserial and its spelled-out form (bigint, an owned sequence, a nextval
-- default) find nothing; the sequence is not reported (reference 2: the driver invents
-- bigserial; Alembic drops the nextval default when the sequence is owned).
-- not mariadb: MariaDB has no serial columns.
-- not h2: H2 has no serial columns (serial is an identity there).
-- expect: nothing
-- before:
create table counter (id bigserial primary key, name varchar(20));
-- desired:
create sequence counter_id_seq;
create table counter (id bigint not null default nextval('counter_id_seq') primary key, name varchar(20));
alter sequence counter_id_seq owned by counter.id;
