-- A foreign key made DEFERRABLE INITIALLY DEFERRED (PostgreSQL; Atlas and jOOQ compare it,
-- Alembic does not).
-- not mariadb: MariaDB has no deferrable constraints.
-- not h2: H2 has no deferrable constraints.
-- expect: drop foreign key child_parent_fk * to add it again (changed)
-- expect: add foreign key child_parent_fk * deferrable initially deferred on child again (changed)
-- expect: validate constraint child_parent_fk on child
-- before:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id), constraint child_parent_fk foreign key (parent_id) references parent (id));
-- desired:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id), constraint child_parent_fk foreign key (parent_id) references parent (id) deferrable initially deferred);
