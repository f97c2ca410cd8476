-- revision: 9c0000000009
-- upgrade
SELECT 1;
