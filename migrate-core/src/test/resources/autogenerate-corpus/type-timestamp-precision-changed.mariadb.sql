-- MariaDB: datetime(3) to datetime(6) (its timestamp type has other defaults).
-- expect: alter column item.at: type datetime(3) -> datetime(6)
-- before:
create table item (id integer not null, at datetime(3), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, at datetime(6), constraint item_pkey primary key (id));
