-- A value removed from a MariaDB (or H2) ENUM column type: a type change that narrows.
-- not postgresql: PostgreSQL enums are types of their own; see enum-value-removed.
-- names: generated
-- expect: alter column ticket.status: type enum* -> enum*
-- before:
create table ticket (id integer not null primary key, status enum('open', 'waiting', 'closed'));
-- desired:
create table ticket (id integer not null primary key, status enum('open', 'closed'));
