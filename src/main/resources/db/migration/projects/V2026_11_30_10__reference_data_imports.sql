-- Reference data (the OZG catalogue and the case collections in the jar): one row per dataset once it
-- has been imported, so that a restart does not import it again.
create table reference_data_import (
  dataset varchar(100) primary key,
  imported_at timestamp with time zone not null,
  version bigint default 0 not null
);
