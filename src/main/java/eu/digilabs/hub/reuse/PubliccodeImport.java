package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.OrganisationDirectory;
import eu.digilabs.hub.labs.OrganisationView;
import eu.digilabs.hub.reuse.PubliccodeMapping.Codes;
import eu.digilabs.hub.reuse.PubliccodeMapping.Imported;
import eu.digilabs.hub.reuse.PubliccodeMapping.Provider;
import eu.digilabs.hub.reuse.PubliccodeReader.Reading;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.TermView;
import eu.digilabs.hub.taxonomy.Vocabulary;
import eu.digilabs.hub.web.Languages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a publiccode.yml file as a draft solution, in one transaction: with the rights of
 * creating one (an editor of the provider lab; admins also without a lab, the provider then being
 * the organisation the file names as its owner, created if the hub has none, as the case importer
 * does). A file with errors is refused with every error by line; a file whose repository was
 * imported before is a conflict. The importer's language decides which description the solution
 * shows (see {@link PubliccodeMapping}).
 */
@Service
@Transactional
public class PubliccodeImport {

  /** The new draft and what is worth fixing in the file (warnings, in the order of the file). */
  public record ImportResult(SolutionView solution, List<Finding> warnings) {

    public ImportResult {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A file the importer refuses: one problem per finding, named by its path in the file ({@code
   * legal.license}), whose message starts with the line ("Line 64: ...").
   */
  public static class Rejected extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    Rejected(List<Finding> findings) {
      super(
          findings.stream()
              .map(f -> new FieldProblem(f.path(), f.key(), f.getArguments()))
              .toList());
      this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
      return findings;
    }
  }

  /** The file's repository was imported before, as the solution named. */
  public static class AlreadyImported extends Conflict {

    private static final long serialVersionUID = 1L;

    private final long solutionId;

    AlreadyImported(long solutionId) {
      super("The file was already imported as solution " + solutionId + ".");
      this.solutionId = solutionId;
    }

    public long solutionId() {
      return solutionId;
    }
  }

  private final PubliccodeReader reader;
  private final SolutionEditing editing;
  private final SolutionAccess access;
  private final Solutions solutions;
  private final SolutionViews views;
  private final OrganisationDirectory organisations;
  private final Taxonomy taxonomy;
  private final Validator validator;

  PubliccodeImport(
      Licences licences,
      SolutionEditing editing,
      SolutionAccess access,
      Solutions solutions,
      SolutionViews views,
      OrganisationDirectory organisations,
      Taxonomy taxonomy,
      Validator validator) {
    this.reader = new PubliccodeReader(licences);
    this.editing = editing;
    this.access = access;
    this.solutions = solutions;
    this.views = views;
    this.organisations = organisations;
    this.taxonomy = taxonomy;
    this.validator = validator;
  }

  /**
   * Creates the draft the file describes. Visitors are asked to sign in (401); without the right
   * for the lab 403; a member who is no admin must name a lab ({@code labId}); a file with errors
   * is {@link Rejected}; a repository imported before is {@link AlreadyImported}, a conflict.
   */
  public ImportResult importFile(String yaml, @Nullable Long providerLabId) {
    if (providerLabId == null && access.currentAccount() != null && !access.mayEdit(null)) {
      throw new InvalidInput("labId", "publiccode.import.labRequired");
    }
    access.requireEditor(providerLabId);
    return importChecked(yaml, providerLabId);
  }

  /**
   * The import once the rights are checked, or for the operator's start-up folder ({@code
   * hub.reuse.publiccode-dir}), which no person sends: package-private, so no public method skips
   * the checks.
   */
  ImportResult importChecked(String yaml, @Nullable Long providerLabId) {
    Reading reading = reader.read(yaml);
    Publiccode file = reading.document();
    if (file == null) {
      throw new Rejected(reading.errors());
    }
    String sourceKey = PubliccodeMapping.sourceKey(file.url());
    solutions
        .findBySourceKey(sourceKey)
        .ifPresent(
            s -> {
              throw new AlreadyImported(s.id());
            });
    Codes codes = codes();
    Long organisation = organisation(file, providerLabId, PubliccodeMapping.country(file, codes));
    Imported imported =
        PubliccodeMapping.toSolution(
            file, language(), new Provider(providerLabId, organisation), codes);
    check(imported.command());
    Solution solution;
    try {
      solution = editing.saveImported(imported.command(), imported);
    } catch (DataIntegrityViolationException e) {
      throw new Conflict("The file was imported at the same moment by someone else.");
    }
    return new ImportResult(views.view(solution), reading.warnings());
  }

  /**
   * The organisation the file names as owner, if the hub has it; for an admin's import without a
   * lab it is created, since the solution needs a provider.
   */
  private @Nullable Long organisation(
      Publiccode file, @Nullable Long lab, @Nullable String country) {
    String owner = PubliccodeMapping.owner(file);
    if (owner == null || owner.isBlank() || owner.strip().length() > 300) {
      return null;
    }
    String name = owner.strip();
    Optional<Long> known =
        organisations.allOrganisations().stream()
            .filter(o -> o.name().equalsIgnoreCase(name))
            .map(OrganisationView::id)
            .findFirst();
    if (known.isPresent() || lab != null) {
      return known.orElse(null);
    }
    return organisations.organisationNamed(name, null, country, false);
  }

  /** The annotations of the command hold for what the mapping made; anything else is a bug. */
  private void check(SolutionCommand command) {
    Set<ConstraintViolation<SolutionCommand>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw new InvalidInput(
          violations.stream()
              .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
              .toList());
    }
  }

  private Codes codes() {
    return new Codes(codes(Vocabulary.COUNTRY), codes(Vocabulary.LANGUAGE));
  }

  private Set<String> codes(Vocabulary vocabulary) {
    return taxonomy.terms(vocabulary).stream().map(TermView::code).collect(Collectors.toSet());
  }

  private static String language() {
    return Languages.supported(LocaleContextHolder.getLocale()).getLanguage();
  }
}
