-- Extraction rows name their file relative to the files folder (app.files-dir), so the data folder can move.
-- SQL cannot read that setting, and need not: every file kept there lies at <folder>/ab/cd/<sha256>, ab and cd
-- being the digest's first four characters, so those last three names are the relative path whatever the folder
-- was, even one that has moved already. Any other path stays absolute and still resolves as it is.
-- Rows already relative do not match: running this again changes nothing.
UPDATE documents_extraction
SET file_path = RIGHT(REPLACE(file_path, CHAR(92 USING utf8mb4), '/'), 70)
WHERE REPLACE(file_path, CHAR(92 USING utf8mb4), '/') REGEXP '/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}$'
  AND SUBSTRING(RIGHT(file_path, 70), 1, 2) = SUBSTRING(RIGHT(file_path, 64), 1, 2)
  AND SUBSTRING(RIGHT(file_path, 70), 4, 2) = SUBSTRING(RIGHT(file_path, 64), 3, 2);
