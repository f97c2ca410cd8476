-- Fractional seconds of a timestamp changed (liquibase #6437 "diff-changelog ignores changes in
-- timestamp precision").
-- expect: alter column item.at: type *
-- before:
create table item (id integer not null, at timestamp(3), constraint item_pkey primary key (id));
-- desired:
create table item (id integer not null, at timestamp(6), constraint item_pkey primary key (id));
