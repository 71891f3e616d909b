package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.Site;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A solution as a publiccode.yml file (version 0.4 of the standard), for everyone who may see it:
 * what an import kept, else what the solution says (see {@link PubliccodeMapping}).
 */
@Service
@Transactional(readOnly = true)
public class PubliccodeExport {

  private final SolutionAccess access;
  private final LabDirectory labs;
  private final OrganisationDirectory organisations;
  private final MessageSource messages;
  private final String baseUrl;
  private final String siteName;

  PubliccodeExport(
      SolutionAccess access,
      LabDirectory labs,
      OrganisationDirectory organisations,
      MessageSource messages,
      HubProperties hub,
      Site site) {
    this.access = access;
    this.labs = labs;
    this.organisations = organisations;
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
    this.siteName = site.name();
  }

  /** The file's text; a draft the viewer may not see is not found. */
  public String export(long id) {
    return PubliccodeWriter.write(publiccode(access.visible(id)));
  }

  Publiccode publiccode(Solution solution) {
    SolutionCommand c = solution.command();
    String organisation = name(c.providerOrganisationId(), true);
    String lab = name(c.providerLabId(), false);
    String page = baseUrl + "/solutions/" + solution.id();
    Locale locale = "de".equals(c.contentLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    String pointer =
        messages.getMessage(
            "publiccode.export.pointer", new Object[] {c.name(), siteName, page}, locale);
    return PubliccodeMapping.toPubliccode(
        solution,
        new SolutionPubliccode.Export(
            page, lab != null ? lab : organisation, organisation, pointer));
  }

  private @Nullable String name(@Nullable Long id, boolean organisation) {
    if (id == null) {
      return null;
    }
    return (organisation ? organisations.organisationNames(List.of(id)) : labs.names(List.of(id)))
        .get(id);
  }
}
