-- Dropping a table another table still references: the foreign key must go first, or the
-- migration fails (reference 1.1 (c): Alembic drops tables from an unsorted set difference).
-- expect: drop foreign key note_customer_fk * on note
-- expect: drop table customer (id, email)
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table note (id integer not null, customer_id bigint, constraint note_pkey primary key (id),
  constraint note_customer_fk foreign key (customer_id) references customer (id));
-- desired:
create table note (id integer not null, customer_id bigint, constraint note_pkey primary key (id));
