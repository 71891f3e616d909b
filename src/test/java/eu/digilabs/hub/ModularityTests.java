package eu.digilabs.hub;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.transaction.event.TransactionalEventListener;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(HubApplication.class);

  @Test
  void modulesOnlyUseEachOthersApi() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }

  /**
   * Spring Modulith marks an event's publication to a listener completed by the listener's first
   * argument: a listener without one fails on every event and leaves its publications open.
   */
  @Test
  void listenersAfterCommitTakeTheEventTheyHear() {
    ArchRuleDefinition.methods()
        .that()
        .areAnnotatedWith(TransactionalEventListener.class)
        .or()
        .areMetaAnnotatedWith(TransactionalEventListener.class)
        .should(
            new ArchCondition<JavaMethod>("take the event as their first parameter") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().isEmpty()) {
                  events.add(
                      SimpleConditionEvent.violated(
                          method, method.getFullName() + " takes no event"));
                }
              }
            })
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.digilabs.hub"));
  }
}
