-- A notice may carry a person's words (a moderator's reason); mails addressed to a person can be
-- switched off with their own one-click link.
alter table notice add column note varchar(500);
alter table notification_settings add column immediate boolean default true not null;
-- Mails written by a member to a lab: the outbox keeps only that there was one once delivered;
-- the text stays in the sender's sent list.
alter table outbox_mail add column private_body boolean default false not null;
