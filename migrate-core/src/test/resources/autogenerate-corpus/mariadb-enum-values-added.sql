-- A value added to a MariaDB (or H2) ENUM column type, and a default set (reference 3.6: ENUM as
-- part of the column type).
-- not postgresql: PostgreSQL enums are types of their own; see enum-value-added.
-- names: generated
-- expect: alter column ticket.status: type enum* -> enum*, nullable -> not null, default none -> 'open'
-- before:
create table ticket (id integer not null primary key, status enum('open', 'closed'));
-- desired:
create table ticket (id integer not null primary key, status enum('open', 'waiting', 'closed') not null default 'open');
