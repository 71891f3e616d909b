package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.LinkRequestStore;

interface SolutionProjectRequests extends LinkRequestStore<SolutionProjectRequest> {

  boolean existsBySolutionIdAndProjectId(long solutionId, long projectId);
}
