-- ON DELETE CASCADE added to a foreign key: Hibernate's update never compares FK actions
-- (reference 1.4 (a)); here it is dropped and added again.
-- expect: drop foreign key child_parent_fk * on child to add it again (changed)
-- expect: add foreign key child_parent_fk * on delete CASCADE * on child again (changed)
-- expect on postgresql: validate constraint child_parent_fk on child
-- before:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id), constraint child_parent_fk foreign key (parent_id) references parent (id));
-- desired:
create table parent (id integer not null, constraint parent_pkey primary key (id));
create table child (id integer not null, parent_id integer, constraint child_pkey primary key (id), constraint child_parent_fk foreign key (parent_id) references parent (id) on delete cascade);
