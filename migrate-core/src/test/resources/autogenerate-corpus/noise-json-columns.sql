-- Noise regression: json columns find nothing, and MariaDB's automatic json_valid check is not
-- reported (reference 2: json is longtext plus a CHECK named after the column).
-- expect: nothing
-- before:
create table doc (id integer not null, body json, constraint doc_pkey primary key (id));
-- desired:
create table doc (id integer not null, body json, constraint doc_pkey primary key (id));
