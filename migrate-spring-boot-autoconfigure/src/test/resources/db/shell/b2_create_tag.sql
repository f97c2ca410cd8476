-- revision: bbbb22222222
-- revises: aaaa11111111
-- message: create tag
-- branch-labels: tags

-- upgrade
CREATE TABLE tag (id INT PRIMARY KEY);

-- downgrade
DROP TABLE tag;
