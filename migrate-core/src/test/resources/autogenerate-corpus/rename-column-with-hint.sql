-- A column renamed, with a hint: a rename, not a drop and an add that lose the data
-- (Flask-Migrate #563, #310; reference 3.8). The check that uses the column keeps working.
-- hint: column item.name -> full_name
-- expect: rename column item.name -> full_name
-- before:
create table item (id integer not null, name varchar(50), constraint item_name_check check (name <> ''), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, full_name varchar(50), constraint item_name_check check (full_name <> ''), constraint item_pkey primary key (id));
