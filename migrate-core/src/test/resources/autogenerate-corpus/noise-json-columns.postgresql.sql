-- Noise regression, PostgreSQL: json and jsonb columns with a default.
-- expect: nothing
-- before:
create table doc (id integer not null, body json, meta jsonb default '{}', constraint doc_pkey primary key (id));
-- desired:
create table doc (id integer not null, body json, meta jsonb default '{}'::jsonb, constraint doc_pkey primary key (id));
