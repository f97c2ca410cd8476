-- The schema the revisions of db/shell build, and a table they do not.
CREATE TABLE account (id INT PRIMARY KEY);

CREATE TABLE tag (id INT PRIMARY KEY);

CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(200));
