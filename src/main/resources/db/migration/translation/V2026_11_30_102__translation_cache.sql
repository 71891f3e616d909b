-- Translations of published content, per item, target language and field. A machine translation
-- holds for the item version it was made from; a person's correction stays when the item changes,
-- marked outdated.
create table translation_cache (
  item_key varchar(120) not null,
  target_language varchar(8) not null,
  field varchar(40) not null,
  item_version bigint not null,
  source_language varchar(8) not null,
  translated_text varchar(200000) not null,
  provider varchar(40) not null,
  human boolean not null,
  created_at timestamp with time zone not null,
  primary key (item_key, target_language, field)
);
