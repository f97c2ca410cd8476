-- A new table whose key is GENERATED ALWAYS, starting at 1000 and counting by 10: the table is
-- created with a plain identity, which an alter_identity then gives its generation and options.
-- not mariadb: AUTO_INCREMENT has no generation, start or increment of its own.
-- expect: add table event (id, name)
-- expect: alter column event.id: new identity as always identity (start 1000, increment 10)
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
-- desired:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table event (id bigint generated always as identity (start with 1000 increment by 10), name varchar(40) not null,
  constraint event_pkey primary key (id));
