-- An integer flag made a boolean. PostgreSQL casts between integer and boolean only when
-- asked, so both directions convert with USING there; MariaDB's boolean is tinyint(1), and
-- H2 converts the values itself.
-- expect: alter column item.active: type * -> *
-- before:
create table item (id integer not null, active integer, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, active boolean, constraint item_pkey primary key (id));
