package eu.digilabs.hub.labs;

/** Filters of the lab list; null or blank means any. */
public record LabFilter(String q, String country, String level, String policyArea, String status) {

  public static LabFilter none() {
    return new LabFilter(null, null, null, null, null);
  }
}
