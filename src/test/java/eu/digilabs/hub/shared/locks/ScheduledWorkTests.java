package eu.digilabs.hub.shared.locks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Several nodes share one database: no scheduled job may run on all of them unawares. */
class ScheduledWorkTests {

  private final JavaClasses hub =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.digilabs.hub");

  @Test
  void everyScheduledMethodTakesALockOrSaysWhyEveryNodeRunsIt() {
    methods()
        .that()
        .areAnnotatedWith(Scheduled.class)
        .should()
        .beAnnotatedWith(SchedulerLock.class)
        .orShould()
        .beAnnotatedWith(EveryNode.class)
        .because("a job on shared data runs on one node at a time")
        .check(hub);
  }

  @Test
  void aLockedMethodIsPublicSoThatTheLockCanBeTaken() {
    methods()
        .that()
        .areAnnotatedWith(SchedulerLock.class)
        .should()
        .bePublic()
        .because("the lock is taken by a proxy, which sees public methods only")
        .check(hub);
  }
}
