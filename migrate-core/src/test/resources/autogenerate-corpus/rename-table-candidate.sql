-- A table renamed without a hint: dropped and added, reported as a possible rename.
-- expect: add table client (id, email)
-- expect: drop table customer (id, email)
-- candidate: table customer -> client
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
-- desired:
create table client (id bigint not null, email varchar(255) not null, constraint client_pkey primary key (id));
