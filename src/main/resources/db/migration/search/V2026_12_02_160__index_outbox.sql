-- The outbox of the search index for several nodes (Hibernate Search outbox-polling, cluster
-- profile): a change writes its row in its own transaction, and the nodes' agents (one row each,
-- with its pulse) index each row once. The tables are Hibernate Search's own, as its mapping
-- expects them; unused without the cluster profile.
CREATE TABLE hsearch_agent (
  id UUID NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  type VARCHAR(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING',
    'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
  state VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
  expiration TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  assigned_shard_index INTEGER,
  total_shard_count INTEGER,
  tenant_id VARCHAR(255),
  payload BYTEA
);

CREATE TABLE hsearch_outbox_event (
  id UUID NOT NULL PRIMARY KEY,
  entity_name VARCHAR(256) NOT NULL,
  entity_id VARCHAR(256) NOT NULL,
  entity_id_hash INTEGER NOT NULL,
  status VARCHAR(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
  retries INTEGER NOT NULL,
  process_after TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  tenant_id VARCHAR(255),
  payload BYTEA NOT NULL
);

CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);
