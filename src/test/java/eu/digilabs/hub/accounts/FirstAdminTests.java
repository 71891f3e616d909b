package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import eu.digilabs.hub.shared.HubProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The first admin's password is never logged, and a weak configured one stops the start. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

  @TempDir Path dataDir;

  final Accounts accounts = mock(Accounts.class);
  final AccountService service = mock(AccountService.class);

  FirstAdmin firstAdmin(String password) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    return new FirstAdmin(
        accounts,
        service,
        new AccountsProperties("first@example.org", password, 10, 15, null, null),
        new PasswordRules(),
        messages,
        new HubProperties(dataDir.toString(), null));
  }

  @Test
  void aGeneratedPasswordGoesToAnOwnerOnlyFileNeverToTheLog(CapturedOutput output)
      throws Exception {
    firstAdmin("").run();

    ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
    verify(service)
        .seedAccount(eq("first@example.org"), eq("Admin"), password.capture(), eq(true), eq(false));
    Path file = dataDir.resolve(FirstAdmin.PASSWORD_FILE);
    assertThat(Files.readString(file).strip()).isEqualTo(password.getValue());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(output.getAll()).contains(file.toAbsolutePath().toString());
    assertThat(output.getAll()).doesNotContain(password.getValue());
  }

  @Test
  void aWeakConfiguredPasswordStopsTheStartAndSaysWhyInEnglish() {
    Locale machine = Locale.getDefault();
    Locale.setDefault(Locale.GERMAN);
    try {
      assertThatThrownBy(() -> firstAdmin("admin1234567").run())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("HUB_ADMIN_PASSWORD")
          .hasMessageContaining("too easy to guess")
          .hasMessageContaining("Add another word");
    } finally {
      Locale.setDefault(machine);
    }
    assertThatThrownBy(() -> firstAdmin("ä".repeat(40)).run())
        .hasMessageContaining("at most 72 bytes");
    verify(service, never()).seedAccount(anyString(), any(), any(), anyBoolean(), anyBoolean());
  }

  @Test
  void aStrongConfiguredPasswordIsUsedAndNotWrittenAnywhere() {
    firstAdmin("Lindwurm Abendrot Kieselstein").run();
    verify(service)
        .seedAccount("first@example.org", "Admin", "Lindwurm Abendrot Kieselstein", true, false);
    assertThat(dataDir.resolve(FirstAdmin.PASSWORD_FILE)).doesNotExist();
  }
}
