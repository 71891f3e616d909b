-- The open data export reads published projects in batches after the last id read: with this
-- index the database seeks to the batch instead of scanning every published project before it.
create index project_publication_id on project (publication, id);
