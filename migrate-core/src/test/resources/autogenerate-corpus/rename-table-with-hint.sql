-- A table renamed, with a hint; the foreign key to it follows (Atlas #1535: a rename as drop
-- and add fails on dependents).
-- hint: table customer -> client
-- expect: rename table customer -> client
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table note (id integer not null, owner_id bigint, constraint note_pkey primary key (id),
  constraint note_owner_fk foreign key (owner_id) references customer (id));
-- desired:
create table client (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table note (id integer not null, owner_id bigint, constraint note_pkey primary key (id),
  constraint note_owner_fk foreign key (owner_id) references client (id));
