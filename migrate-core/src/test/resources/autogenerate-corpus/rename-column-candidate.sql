-- A column renamed without a hint: the drop and the add are found, and the pair is reported
-- as a possible rename with the hint to add, never applied silently (issue item 8).
-- expect: drop column item.name
-- expect: add column item.full_name
-- candidate: column item.name -> full_name
-- before:
create table item (id integer not null, name varchar(50), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, full_name varchar(50), constraint item_pkey primary key (id));
