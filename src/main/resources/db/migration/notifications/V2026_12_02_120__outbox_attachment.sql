-- A file a mail carries, such as the calendar entry of an event someone registered for.
alter table outbox_mail add column attachment_name varchar(200);
alter table outbox_mail add column attachment_type varchar(200);
alter table outbox_mail add column attachment_content varchar(200000);
