create sequence invoice_number start with 1000 increment by 10;
create table customer (
  id bigint not null auto_increment primary key,
  email varchar(255) not null comment 'login',
  name varchar(100) collate utf8mb4_bin,
  created_at timestamp not null default current_timestamp,
  updated_at datetime(6) default current_timestamp(6) on update current_timestamp(6),
  active boolean not null default true,
  balance decimal(12, 2) default 0,
  status enum('happy', 'sad', 'ok') default 'ok',
  token uuid,
  profile json,
  bio text,
  code char(3) default 'abc',
  ratio double,
  score float,
  small smallint,
  birthday date,
  wake time,
  payload longblob,
  nick varchar(30) default null,
  constraint customer_email_key unique (email),
  check (balance >= 0)
) comment 'people who buy';
create table legacy (id int not null auto_increment, note varchar(20) default 'none', primary key (id));
create table order_line (
  order_id int not null,
  line_no int not null,
  customer_id bigint,
  legacy_id int,
  quantity int not null default 1,
  amount decimal(10, 2) as (quantity * 2.5) stored,
  doubled int as (quantity * 2) virtual,
  primary key (order_id, line_no),
  unique (line_no, order_id),
  constraint uq_order_line_customer unique (customer_id, order_id),
  constraint ck_quantity check (quantity > 0),
  foreign key (customer_id) references customer (id) on delete cascade,
  constraint fk_line_legacy foreign key (legacy_id) references legacy (id) on update restrict on delete set null
);
create index ix_customer_recent on customer (created_at desc, id);
create index ix_customer_bio on customer (bio(20));
create fulltext index ft_customer_name on customer (name);
create table migrate_version (version_num varchar(32) not null);
create view customer_view as select id, email from customer;
