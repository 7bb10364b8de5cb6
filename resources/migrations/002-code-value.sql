-- a code may carry a number: a stance's polarity (its sign), later an ordinal, interval or ratio value
ALTER TABLE code ADD COLUMN value REAL;
-- stances coded before values existed keep the polarity Parley gave them by name
UPDATE code SET value = 1 WHERE lower(name) IN ('support', 'praise', 'commit', 'propose')
  AND code_list_id IN (SELECT code_list_id FROM dimension WHERE lower(name) = 'stance');
UPDATE code SET value = -1 WHERE lower(name) IN ('oppose', 'accuse', 'deny', 'warn')
  AND code_list_id IN (SELECT code_list_id FROM dimension WHERE lower(name) = 'stance');
UPDATE code SET value = 0 WHERE lower(name) IN ('concern', 'report')
  AND code_list_id IN (SELECT code_list_id FROM dimension WHERE lower(name) = 'stance');
