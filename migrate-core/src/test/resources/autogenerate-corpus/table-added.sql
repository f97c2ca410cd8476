-- A new table with a primary key, a foreign key to an existing table, a check and an index:
-- the everyday "add a model" (Alembic add_table; reference 1.1 (c): tables created in FK order).
-- expect: add table orders (id, customer_id, amount)
-- expect: add index ix_orders_amount (amount) on new table orders
-- before:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
-- desired:
create table customer (id bigint not null, email varchar(255) not null, constraint customer_pkey primary key (id));
create table orders (id bigint not null, customer_id bigint not null, amount integer not null,
  constraint orders_pkey primary key (id),
  constraint orders_customer_fk foreign key (customer_id) references customer (id) on delete cascade,
  constraint orders_amount_check check (amount >= 0));
create index ix_orders_amount on orders (amount);
