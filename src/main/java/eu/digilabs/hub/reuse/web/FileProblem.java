package eu.digilabs.hub.reuse.web;

/**
 * One problem of a publiccode.yml file as the import form's report lists it.
 *
 * @param line the line in the file; 0 for the file as a whole
 * @param path where in the file ({@code legal.license}), or the solution's field
 * @param message what is wrong, in the reader's language
 */
public record FileProblem(int line, String path, String message) {}
