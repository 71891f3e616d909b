package eu.digilabs.hub.accounts;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.startup.StartupTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * At first start there is no admin: one is created with {@code hub.accounts.admin-email} and the
 * password from {@code HUB_ADMIN_PASSWORD}, which must pass the password rules (a weak one stops
 * the start: an admin account is the last place for a guessable password). Without one, a password
 * is generated and written to {@value #PASSWORD_FILE} in the data directory, readable only by the
 * owner; the log names the file, never the password.
 */
@Component
class FirstAdmin extends StartupTask {

  static final String PASSWORD_FILE = "first-admin-password.txt";

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final Accounts accounts;
  private final AccountService service;
  private final AccountsProperties properties;
  private final PasswordRules rules;
  private final MessageSource messages;
  private final Path dataDir;

  FirstAdmin(
      Accounts accounts,
      AccountService service,
      AccountsProperties properties,
      PasswordRules rules,
      MessageSource messages,
      HubProperties hub) {
    this.accounts = accounts;
    this.service = service;
    this.properties = properties;
    this.rules = rules;
    this.messages = messages;
    this.dataDir = hub.dataPath();
  }

  @Override
  public int getPhase() {
    return ACCOUNTS;
  }

  @Override
  protected boolean beforeServing() {
    return true;
  }

  @Override
  protected void run() {
    if (accounts.existsByAdminTrue()) {
      return;
    }
    String password = properties.adminPassword();
    if (password == null || password.isBlank()) {
      password = Tokens.random(18);
      Path file = writeOwnerOnly(password);
      service.seedAccount(properties.adminEmail(), "Admin", password, true, false);
      log.warn(
          "First admin created (hub.accounts.admin-email). Its generated password is in {}"
              + " (readable only by this user): sign in, change it, then delete the file. Set"
              + " HUB_ADMIN_PASSWORD to choose it yourself.",
          file);
      return;
    }
    checkConfigured(password);
    service.seedAccount(properties.adminEmail(), "Admin", password, true, false);
    log.info("First admin created (hub.accounts.admin-email)");
  }

  /** The reason goes to the start-up log, in English whatever the machine's language. */
  private void checkConfigured(String password) {
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    try {
      rules.check("adminPassword", password, properties.adminEmail(), "Admin");
    } catch (InvalidInput e) {
      InvalidInput.FieldProblem problem = e.problems().get(0);
      throw new IllegalStateException(
          "hub.accounts.admin-password (HUB_ADMIN_PASSWORD) is refused for the first admin: "
              + messages.getMessage(problem.code(), problem.args(), Locale.ENGLISH)
              + " Choose a longer passphrase of several uncommon words, or leave it empty to have"
              + " a strong one generated into the data directory.");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  private Path writeOwnerOnly(String password) {
    Path file = dataDir.resolve(PASSWORD_FILE).toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
        file.toFile().setWritable(false, false);
        file.toFile().setWritable(true, true);
      }
      Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the first admin's password to " + file, e);
    }
  }
}
