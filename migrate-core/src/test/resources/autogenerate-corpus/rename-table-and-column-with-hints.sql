-- A table and one of its columns renamed together, with a change of the column's type: the
-- renames first, then the change.
-- hint: table account -> member
-- hint: column member.name -> full_name
-- expect: rename table account -> member
-- expect: rename column member.name -> full_name
-- expect: alter column member.full_name: type *
-- before:
create table account (id integer not null, name varchar(50), constraint account_pkey primary key (id));
-- desired:
create table member (id integer not null, full_name varchar(80), constraint account_pkey primary key (id));
