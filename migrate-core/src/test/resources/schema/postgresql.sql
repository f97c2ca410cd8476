create type mood as enum ('happy', 'sad', 'ok');
create sequence invoice_number as integer start with 1000 increment by 10;
create table customer (
  id bigint generated always as identity primary key,
  email varchar(255) not null,
  name text collate "C",
  created_at timestamp with time zone not null default now(),
  updated_at timestamp default current_timestamp,
  active boolean not null default true,
  balance numeric(12, 2) default 0,
  status mood default 'ok',
  token uuid,
  profile jsonb default '{}',
  settings json,
  tags text[],
  code char(3),
  ratio double precision,
  score real,
  small smallint,
  birthday date,
  wake time,
  payload bytea,
  constraint customer_email_key unique (email),
  check (balance >= 0)
);
comment on table customer is 'people who buy';
comment on column customer.email is 'login';
create table legacy (id serial primary key, note varchar(20) default 'none');
create sequence legacy_extra_seq owned by legacy.id;
create table order_line (
  order_id integer not null,
  line_no integer not null,
  customer_id bigint references customer (id) on delete cascade,
  legacy_id integer,
  quantity integer not null default 1,
  amount numeric(10, 2) generated always as (quantity * 2.5) stored,
  primary key (order_id, line_no),
  unique (line_no, order_id),
  constraint uq_order_line_customer unique (customer_id, order_id),
  constraint ck_quantity check (quantity > 0),
  constraint fk_line_legacy foreign key (legacy_id) references legacy (id)
    on update restrict on delete set null deferrable initially deferred
);
create index ix_customer_lower_email on customer (lower(email));
create index ix_customer_recent on customer (created_at desc, id) where active;
create unique index ux_customer_token on customer (token);
create index ix_customer_balance on customer (balance desc nulls last, small nulls first);
create index ix_customer_tags on customer using gin (tags);
create table migrate_version (version_num varchar(32) not null);
create view customer_view as select id, email from customer;
