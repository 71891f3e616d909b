/** Labs and organisations: the directory of who does what, with lab memberships from accounts. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "web", "taxonomy", "accounts", "search", "notifications"})
package eu.digilabs.hub.labs;
