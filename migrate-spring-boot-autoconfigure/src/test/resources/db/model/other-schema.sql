-- The schema the revisions of db/shell build, and a table of the schema audit.
CREATE TABLE account (id INT PRIMARY KEY);

CREATE TABLE tag (id INT PRIMARY KEY);

CREATE SCHEMA audit;

CREATE TABLE audit.event (id INT PRIMARY KEY);
