-- A provider login belongs to at most one account (issue 12.1): the database refuses a second
-- account with the same subject, whatever the code does.
create unique index account_oidc_subject on account (oidc_subject);
