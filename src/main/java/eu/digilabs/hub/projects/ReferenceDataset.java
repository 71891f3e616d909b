package eu.digilabs.hub.projects;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The datasets the jar ships under {@code reference-data/} (see NOTICE), in the order they are
 * imported: the catalogue first, then the case collections with their column mappings.
 *
 * @param key what the installation records once the dataset is imported
 * @param resource the classpath location: a folder for the OZG export, else a CSV file
 * @param mapping the classpath location of a case collection's column mapping; none for the OZG
 *     catalogue
 */
record ReferenceDataset(String key, String resource, @Nullable String mapping) {

  static final ReferenceDataset OZG_CATALOGUE =
      new ReferenceDataset("ozg-catalogue-2019", "reference-data/ozg", null);
  static final ReferenceDataset IPSO_CASES =
      new ReferenceDataset(
          "ipso-cases-2022", "reference-data/cases/ipso_cases_2022.csv", "import/ipso.properties");
  static final ReferenceDataset AI_WATCH_CASES =
      new ReferenceDataset(
          "ai-watch-cases-2020",
          "reference-data/cases/aiwatch_t6_services_jrc120399.csv",
          "reference-data/cases/aiwatch.properties");

  /** Every dataset, in import order. */
  static final List<ReferenceDataset> ALL = List.of(OZG_CATALOGUE, IPSO_CASES, AI_WATCH_CASES);

  /** The file name, as import reports name it. */
  String fileName() {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
