-- Two new tables that reference each other: one foreign key must be added after both tables
-- exist (Alembic #326, #1059: inline FKs make cycles fail).
-- expect: add table a (id, b_id)
-- expect: add table b (id, a_id)
-- expect: add foreign key a_b_fk * after the tables it links
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
-- desired:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table a (id integer not null, b_id integer, constraint a_pkey primary key (id));
create table b (id integer not null, a_id integer, constraint b_pkey primary key (id));
alter table a add constraint a_b_fk foreign key (b_id) references b (id);
alter table b add constraint b_a_fk foreign key (a_id) references a (id);
