-- Noise regression: the indexes MariaDB and H2 create for foreign keys are not reported, named
-- after the constraint or (unnamed constraint) after the column (reference 2).
-- expect: nothing
-- before:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, other_id integer, constraint child_pkey primary key (id),
  constraint child_parent_fk foreign key (parent_id) references parent (id),
  foreign key (other_id) references parent (id));
-- desired:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, other_id integer, constraint child_pkey primary key (id),
  constraint child_parent_fk foreign key (parent_id) references parent (id),
  foreign key (other_id) references parent (id));
