-- MariaDB: the table comment is a table option.
-- expect: set comment of table item: none -> 'Things we sell'
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id))
  comment = 'Things we sell';
