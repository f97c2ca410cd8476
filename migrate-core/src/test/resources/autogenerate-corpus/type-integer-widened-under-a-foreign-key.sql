-- integer to bigint on a key that a foreign key uses: the foreign key is dropped before and
-- added again after both columns change.
-- expect: drop foreign key child_parent_fk * to add it again (the type of *
-- expect: alter column parent.id: type *
-- expect: alter column child.parent_id: type *
-- expect: add foreign key child_parent_fk * again (the type of *
-- expect on postgresql: validate constraint child_parent_fk on child
-- before:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id),
  constraint child_parent_fk foreign key (parent_id) references parent (id));
-- desired:
create table parent (id bigint not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id bigint, constraint child_pkey primary key (id),
  constraint child_parent_fk foreign key (parent_id) references parent (id));
