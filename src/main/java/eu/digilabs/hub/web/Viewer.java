package eu.digilabs.hub.web;

/**
 * The person looking at a page, as far as the layout needs to know.
 *
 * @param signedIn whether anyone is signed in
 * @param name the name to greet them with
 * @param admin whether they may reach the administration pages
 */
public record Viewer(boolean signedIn, String name, boolean admin) {

  public static final Viewer VISITOR = new Viewer(false, "", false);
}
