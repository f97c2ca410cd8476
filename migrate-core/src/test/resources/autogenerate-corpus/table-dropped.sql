-- A table and its index go away (Alembic remove_table; the drop is marked as losing data).
-- expect: drop index ix_audit_day (at_day) with table audit
-- expect: drop table audit (id, at_day)
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table audit (id integer not null, at_day date, constraint audit_pkey primary key (id));
create index ix_audit_day on audit (at_day);
-- desired:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
