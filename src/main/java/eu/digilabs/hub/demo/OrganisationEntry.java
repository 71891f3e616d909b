package eu.digilabs.hub.demo;

/** An organisation that hosts or partners in demo content ({@code demo/labs.json}). */
record OrganisationEntry(String key, String name, String type, String country) {}
