-- Member profiles are private unless their owner shows them to members or to everyone.
alter table account add column profile_visibility varchar(10) default 'PRIVATE' not null;
create index account_profile_visibility on account (profile_visibility);
