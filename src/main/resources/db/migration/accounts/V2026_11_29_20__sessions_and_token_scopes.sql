-- Admins can disable accounts; a password change bumps the session stamp, which ends every
-- session signed in under the old one; after such a change with active API tokens the owner is
-- asked whether to revoke them.
alter table account add column disabled boolean default false not null;
alter table account add column session_stamp bigint default 0 not null;
alter table account add column tokens_to_review boolean default false not null;

-- API tokens expire and have a scope (read: GET and HEAD only; write: everything the account may
-- do). Tokens created before scopes existed could write, so they keep that scope (taking it away
-- would break their programs without warning), and get the default lifetime of 90 days from this
-- upgrade, so that no token lives forever.
alter table api_token add column scope varchar(10) default 'write' not null;
alter table api_token add column expires_at timestamp with time zone;
update api_token set expires_at = current_timestamp + interval '90' day;
alter table api_token alter column expires_at set not null;
