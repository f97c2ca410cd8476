-- MariaDB: column comments are part of the column definition.
-- expect: alter column item.name: comment none -> 'The name'
-- expect: alter column item.code: comment 'Old' -> 'New'
-- before:
create table item (id integer not null, name varchar(50), code varchar(10) comment 'Old',
  constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50) comment 'The name', code varchar(10) comment 'New',
  constraint item_pkey primary key (id));
