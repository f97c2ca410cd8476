-- An integer flag made a boolean: PostgreSQL casts between integer and boolean only when
-- asked, so both directions convert with USING.
-- expect: alter column item.active: type integer -> boolean using active::boolean
-- before:
create table item (id integer not null, active integer, constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, active boolean, constraint item_pkey primary key (id));
