-- A person's correction of a translation keeps what they wrote (Markdown for Markdown fields), so
-- the next correction starts from it rather than from the rendered HTML.
alter table translation_cache add column human_source varchar(200000);
