package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.digilabs.hub.shared.problems.InvalidInput;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class PasswordRulesTests {

  final PasswordRules rules = new PasswordRules();

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  InvalidInput.FieldProblem problem(String password, String... personal) {
    return catchThrowableOfType(
            InvalidInput.class, () -> rules.check("password", password, personal))
        .problems()
        .get(0);
  }

  @Test
  void moreThan72BytesIsAFieldErrorEvenWhenTheCharactersAreFewer() {
    String umlauts = "ä".repeat(37); // 37 characters, 74 bytes
    InvalidInput.FieldProblem problem = problem(umlauts);
    assertThat(problem.field()).isEqualTo("password");
    assertThat(problem.code()).isEqualTo("accounts.passwordTooLong");
    assertThat(problem.args()).containsExactly(72);
    assertThatCode(() -> rules.check("password", "Zugspitze Wattenmeer Kölsch ä"))
        .doesNotThrowAnyException();
  }

  @Test
  void commonPasswordsAreRefusedWithZxcvbnsAdviceInThePagesLanguage() {
    LocaleContextHolder.setLocale(Locale.GERMAN);
    InvalidInput.FieldProblem problem = problem("password1234");
    assertThat(problem.code()).isEqualTo("accounts.passwordWeak");
    assertThat(problem.args()[0].toString()).contains("sehr häufig verwendetes Passwort");
    LocaleContextHolder.setLocale(Locale.FRENCH);
    assertThat(problem("password1234").args()[0].toString()).contains("mot de passe très courant");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(problem("qwertyuiopasdf").args()[0].toString())
        .contains("similar to a commonly used password");
  }

  @Test
  void theEmailAndNameCountAsWordsAnAttackerKnows() {
    assertThatCode(() -> rules.check("password", "zabrowskivauquelin")).doesNotThrowAnyException();
    assertThat(
            problem(
                    "zabrowskivauquelin",
                    "quentin.zabrowski@bureau-vauquelin.eu",
                    "Quentin Zabrowski")
                .code())
        .isEqualTo("accounts.passwordWeak");
  }

  @Test
  void shortPasswordsAreRefusedFirst() {
    assertThat(problem("Kx9#mQ2").code()).isEqualTo("accounts.passwordTooShort");
  }
}
