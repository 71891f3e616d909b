-- Characters sent to each translation provider per day (UTC), so its daily quota holds across
-- restarts and across the nodes sharing this database.
create table translation_usage (
  provider varchar(40) not null,
  usage_day date not null,
  characters bigint not null,
  primary key (provider, usage_day)
);
