-- A foreign key added between existing tables (Alembic add_fk).
-- expect: add foreign key child_parent_fk (parent_id) -> parent (id) * on child
-- expect on postgresql: validate constraint child_parent_fk on child
-- before:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id));
-- desired:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id), constraint child_parent_fk foreign key (parent_id) references parent (id));
