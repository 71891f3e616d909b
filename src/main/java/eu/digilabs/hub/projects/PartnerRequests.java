package eu.digilabs.hub.projects;

import eu.digilabs.hub.labs.LinkRequestStore;

interface PartnerRequests extends LinkRequestStore<PartnerRequest> {

  boolean existsByProjectIdAndLabId(long projectId, long labId);
}
