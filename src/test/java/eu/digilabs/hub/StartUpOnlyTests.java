package eu.digilabs.hub;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.digilabs.hub.accounts.DemoAccounts;
import eu.digilabs.hub.accounts.SystemAccount;
import eu.digilabs.hub.labs.LabService;
import org.junit.jupiter.api.Test;

/**
 * The ways start-up work acts (the system account, the demo accounts and the demo marks) stay in
 * the start-up code: no page, API or other module's service reaches them, so no request can act as
 * the system account or mark content as demo.
 */
class StartUpOnlyTests {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.digilabs.hub");

  @Test
  void onlyTheDemoActsAsTheSystemAccountOrMarksDemoContent() {
    noClasses()
        .that()
        .resideOutsideOfPackage("eu.digilabs.hub.demo..")
        .and()
        .doNotHaveFullyQualifiedName(SystemAccount.class.getName())
        .and()
        .doNotHaveFullyQualifiedName(DemoAccounts.class.getName())
        .and()
        .haveSimpleNameNotEndingWith("DemoMarks")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(SystemAccount.class.getName())
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(DemoAccounts.class.getName())
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("DemoMarks")
        .check(MAIN);
  }

  @Test
  void onlyLabCreationMakesAFirstEditor() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(LabService.class.getName())
        .should()
        .callMethodWhere(target(name("addFirstEditor")))
        .check(MAIN);
  }
}
