-- Verification tokens are kept only as SHA-256 hashes and expire after 7 days (issue 12.5).
-- Pending plain tokens cannot be hashed the same way on H2 and PostgreSQL, so they are dropped:
-- whoever still holds such a link gets a page that sends a new one.
alter table account add column verification_token_hash varchar(100);
alter table account add column verification_expires_at timestamp with time zone;
alter table account drop column verification_token;
create index account_verification_token_hash on account (verification_token_hash);
