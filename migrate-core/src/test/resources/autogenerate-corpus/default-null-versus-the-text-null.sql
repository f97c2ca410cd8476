-- The string 'NULL' as a default is a real default, not DEFAULT NULL (TypeORM #4782,
-- reference 2: MariaDB quotes literals since 10.2.7).
-- expect: alter column item.name: default none -> 'NULL'*
-- before:
create table item (id integer not null, name varchar(20) default null, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, name varchar(20) default 'NULL', constraint item_pkey primary key (id));
