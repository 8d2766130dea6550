-- A person may delete their account (Law No. 91/2025/QH15): what other modules keep about them loses its
-- link to the account. A certificate stays verifiable as "issued, holder withdrew", without the holder's name;
-- a contest entry keeps its content but no owner.
ALTER TABLE certificate_certificate
    MODIFY account_id BIGINT NULL,
    ADD COLUMN holder_withdrew_at DATETIME(6) NULL;
ALTER TABLE contest_submission
    MODIFY owner_account_id BIGINT NULL;
