-- Locks for work that one node at a time does (ShedLock's table): scheduled jobs and start-up
-- tasks. A row names the lock, until when it is held, since when and by which node.
CREATE TABLE shedlock (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP(3) NOT NULL,
  locked_at TIMESTAMP(3) NOT NULL,
  locked_by VARCHAR(255) NOT NULL
);
