package eu.digilabs.hub.demo;

import java.util.List;

/** A demo account and the labs (by key) it edits or belongs to ({@code demo/accounts.json}). */
record PersonEntry(
    String email, String displayName, List<String> editorOf, List<String> memberOf) {}
