-- MariaDB: AUTO_INCREMENT.
-- expect: add table event (id, name)
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
-- desired:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table event (id bigint not null auto_increment, name varchar(40) not null,
  constraint event_pkey primary key (id));
