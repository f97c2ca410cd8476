-- The key a foreign key references changes: the primary key moves from id to code and id gets a
-- unique constraint, so the foreign key to code is dropped first and added again afterwards.
-- expect: drop foreign key child_parent_fk * to add it again (the key it references *
-- expect: drop unique constraint parent_code_key (code) on parent
-- expect: drop primary key * (id) on parent to add it as changed
-- expect: add primary key * (code) on parent, replacing the old one
-- expect: add unique constraint parent_id_key (id) on parent
-- expect: add foreign key child_parent_fk * again (the key it references *
-- expect on postgresql: validate constraint child_parent_fk on child
-- before:
create table parent (id integer not null, code varchar(10) not null, constraint parent_pkey primary key (id),
  constraint parent_code_key unique (code));
create table child (id integer not null, parent_code varchar(10), constraint child_pkey primary key (id),
  constraint child_parent_fk foreign key (parent_code) references parent (code));
-- desired:
create table parent (id integer not null, code varchar(10) not null, constraint parent_pkey primary key (code),
  constraint parent_id_key unique (id));
create table child (id integer not null, parent_code varchar(10), constraint child_pkey primary key (id),
  constraint child_parent_fk foreign key (parent_code) references parent (code));
