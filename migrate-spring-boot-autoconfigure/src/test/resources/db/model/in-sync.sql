-- Exactly the schema the revisions of db/shell build.
CREATE TABLE account (id INT PRIMARY KEY);

CREATE TABLE tag (id INT PRIMARY KEY);
