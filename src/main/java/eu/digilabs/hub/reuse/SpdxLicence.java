package eu.digilabs.hub.reuse;

/**
 * One licence of the SPDX License List, as {@code reuse/spdx-licences.tsv} has it.
 *
 * @param id the SPDX id in SPDX's spelling
 * @param name the licence's full name (empty where the list package lacks it)
 * @param open whether the licence is OSI approved, free in the FSF's sense, or CC0 or Unlicense
 * @param deprecated whether SPDX has deprecated the id
 * @param family the licence's family; {@link Licence.Family#PROPRIETARY} when not open
 */
record SpdxLicence(
    String id, String name, boolean open, boolean deprecated, Licence.Family family) {}
