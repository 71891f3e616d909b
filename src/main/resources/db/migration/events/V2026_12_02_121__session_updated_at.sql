-- When a session last changed: its calendar entry's LAST-MODIFIED. Empty for older sessions,
-- whose entries take their event's time.
alter table event_session add column updated_at timestamp with time zone;
