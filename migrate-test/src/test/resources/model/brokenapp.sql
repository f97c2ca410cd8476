-- The model of the broken app: it has moved on from its revisions (a wider email, a phone
-- column and an audit table that no revision creates)
CREATE TABLE account (
    id BIGINT PRIMARY KEY,
    email VARCHAR(300) NOT NULL,
    name VARCHAR(100),
    note VARCHAR(100) NOT NULL,
    phone VARCHAR(40)
);

CREATE TABLE audit (
    id BIGINT PRIMARY KEY,
    account_id BIGINT NOT NULL
);
