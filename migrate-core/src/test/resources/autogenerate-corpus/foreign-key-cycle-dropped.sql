-- Two tables that reference each other go away: the foreign key between them is dropped
-- before the tables (the downgrade re-creates them, the cycle broken the same way).
-- expect: drop foreign key a_b_fk * before dropping the tables it links
-- expect: drop table b (id, a_id)
-- expect: drop table a (id, b_id)
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table a (id integer not null, b_id integer, constraint a_pkey primary key (id));
create table b (id integer not null, a_id integer, constraint b_pkey primary key (id));
alter table a add constraint a_b_fk foreign key (b_id) references b (id);
alter table b add constraint b_a_fk foreign key (a_id) references a (id);
-- desired:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
