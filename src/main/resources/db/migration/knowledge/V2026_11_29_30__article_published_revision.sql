-- Knowledge: a published article keeps the text readers see while an author's newer version waits
-- for review; readers see the history from the first published version on.
alter table article add column published_revision integer;
alter table article add column first_published_revision integer;
-- Articles published before this rule: their latest version is the published one. When each was
-- first published is not known, so earlier versions stay with the authors and reviewers.
update article set published_revision = revision, first_published_revision = revision
  where status in ('PUBLISHED', 'ARCHIVED');
