package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.reuse.Licence.Family;
import eu.digilabs.hub.reuse.Licence.Hint;
import eu.digilabs.hub.reuse.Licence.Validity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPDX licence expressions as publiccode.yml files and users write them. */
class LicencesTests {

  static final Licences LICENCES = Licences.load();

  @Test
  void euplIsOpenCopyleft() {
    Licence eupl = LICENCES.check("EUPL-1.2");
    assertThat(eupl.validity()).isEqualTo(Validity.VALID);
    assertThat(eupl.openSource()).isTrue();
    assertThat(eupl.family()).isEqualTo(Family.COPYLEFT);
    assertThat(eupl.hint()).isNull();
  }

  @Test
  void orLaterAndAChoiceWithAnOpenBranchAreOpen() {
    assertThat(LICENCES.check("EUPL-1.2+"))
        .returns(Validity.VALID, Licence::validity)
        .returns(true, Licence::openSource)
        .returns(Family.COPYLEFT, Licence::family);
    assertThat(LICENCES.check("MIT OR GPL-3.0-only"))
        .returns(Validity.VALID, Licence::validity)
        .returns(true, Licence::openSource)
        .returns(Family.PERMISSIVE, Licence::family);
  }

  @Test
  void aChoiceTakesTheFamilyOfItsFirstOpenBranch() {
    assertThat(LICENCES.check("LicenseRef-internal OR LGPL-2.1-or-later"))
        .returns(true, Licence::openSource)
        .returns(Family.WEAK_COPYLEFT, Licence::family);
  }

  @Test
  void theIdsThatReplaceADeprecatedIdKeepItsFreedom() {
    assertThat(LICENCES.check("AGPL-1.0-or-later"))
        .returns(true, Licence::openSource)
        .returns(Family.COPYLEFT, Licence::family);
  }

  @Test
  void aConjunctionWithALicenceOutsideTheListIsNotOpen() {
    assertThat(LICENCES.check("Apache-2.0 AND LicenseRef-x"))
        .returns(Validity.VALID, Licence::validity)
        .returns(false, Licence::openSource)
        .returns(Family.PROPRIETARY, Licence::family);
  }

  @Test
  void aConjunctionOfOpenLicencesTakesTheMostRestrictiveFamily() {
    assertThat(LICENCES.check("(MIT OR Apache-2.0) AND BSD-3-Clause"))
        .returns(Validity.VALID, Licence::validity)
        .returns(true, Licence::openSource)
        .returns(Family.PERMISSIVE, Licence::family);
    assertThat(LICENCES.check("MIT AND MPL-2.0 AND CC0-1.0").family())
        .isEqualTo(Family.WEAK_COPYLEFT);
  }

  @Test
  void nonCommercialCreativeCommonsIsValidButProprietary() {
    assertThat(LICENCES.check("CC-BY-NC-4.0"))
        .returns(Validity.VALID, Licence::validity)
        .returns(false, Licence::openSource)
        .returns(Family.PROPRIETARY, Licence::family);
  }

  @Test
  void publicDomainDedicationsAreOpen() {
    assertThat(LICENCES.check("CC0-1.0"))
        .returns(true, Licence::openSource)
        .returns(Family.PUBLIC_DOMAIN, Licence::family);
    assertThat(LICENCES.check("Unlicense").family()).isEqualTo(Family.PUBLIC_DOMAIN);
  }

  @Test
  void aPlaceholderIsNoLicenceId() {
    Licence placeholder = LICENCES.check("XXXXXXXXX");
    assertThat(placeholder.validity()).isEqualTo(Validity.INVALID);
    assertThat(placeholder.family()).isEqualTo(Family.UNKNOWN);
    assertThat(placeholder.hint()).isEqualTo(Hint.of("licences.hint.unknownId", "XXXXXXXXX"));
  }

  @Test
  void aLicenceNameGetsItsIdSuggested() {
    Licence apache = LICENCES.check("Apache License, Version 2.0");
    assertThat(apache.validity()).isEqualTo(Validity.INVALID);
    assertThat(apache.openSource()).isFalse();
    assertThat(apache.hint())
        .isEqualTo(Hint.of("licences.hint.name", "Apache License, Version 2.0", "Apache-2.0"));
  }

  @Test
  void orLaterSpelledOutGetsThePlusSuggested() {
    Licence eupl = LICENCES.check("EUPL-1.2-or-later");
    assertThat(eupl.validity()).isEqualTo(Validity.INVALID);
    assertThat(eupl.hint())
        .isEqualTo(Hint.of("licences.hint.orLater", "EUPL-1.2-or-later", "EUPL-1.2+"));
  }

  @Test
  void aDeprecatedGnuIdIsValidWithOnlyAndOrLaterSuggested() {
    Licence gpl = LICENCES.check("GPL-3.0");
    assertThat(gpl.validity()).isEqualTo(Validity.DEPRECATED);
    assertThat(gpl.openSource()).isTrue();
    assertThat(gpl.family()).isEqualTo(Family.COPYLEFT);
    assertThat(gpl.hint())
        .isEqualTo(
            Hint.of("licences.hint.deprecatedGnu", "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later"));
    assertThat(LICENCES.check("GPL-2.0+").hint())
        .isEqualTo(Hint.of("licences.hint.deprecatedOrLater", "GPL-2.0+", "GPL-2.0-or-later"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void blankIsBlankAndUnknown(String blank) {
    assertThat(LICENCES.check(blank))
        .returns(Validity.BLANK, Licence::validity)
        .returns(false, Licence::openSource)
        .returns(Family.UNKNOWN, Licence::family);
    assertThat(LICENCES.check(null).validity()).isEqualTo(Validity.BLANK);
  }

  @Test
  void idsAndOperatorsAreReadInAnyCaseAndTheSpdxSpellingHinted() {
    Licence lower = LICENCES.check("mit or apache-2.0");
    assertThat(lower.validity()).isEqualTo(Validity.VALID);
    assertThat(lower.openSource()).isTrue();
    assertThat(lower.hint()).isEqualTo(Hint.of("licences.hint.spelling", "MIT OR Apache-2.0"));
  }

  @Test
  void exceptionsFollowWith() {
    assertThat(LICENCES.check("GPL-2.0-or-later WITH Classpath-exception-2.0"))
        .returns(Validity.VALID, Licence::validity)
        .returns(true, Licence::openSource);
    assertThat(LICENCES.check("GPL-2.0-or-later WITH No-such-exception").hint())
        .isEqualTo(Hint.of("licences.hint.unknownException", "No-such-exception"));
    assertThat(LICENCES.check("(MIT OR GPL-2.0-only) WITH Classpath-exception-2.0").validity())
        .isEqualTo(Validity.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MIT AND", "(MIT", "MIT)", "MIT Apache-2.0", "AND MIT", "()", "MIT +"})
  void malformedExpressionsAreInvalidWithAHint(String malformed) {
    Licence licence = LICENCES.check(malformed);
    assertThat(licence.validity()).isEqualTo(Validity.INVALID);
    assertThat(licence.family()).isEqualTo(Family.UNKNOWN);
    assertThat(licence.hint()).isNotNull();
  }

  @Test
  void deepBracketsAreRejectedNotOverflowed() {
    String deep = "(".repeat(100_000) + "MIT" + ")".repeat(100_000);
    assertThat(LICENCES.check(deep).hint())
        .isEqualTo(Hint.of("licences.hint.tooDeep", String.valueOf(SpdxExpression.MAX_DEPTH)));
    assertThat(LICENCES.check("(".repeat(50) + "MIT" + ")".repeat(50)).validity())
        .isEqualTo(Validity.VALID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "XXXXXXXXX",
        "Apache License, Version 2.0",
        "EUPL-1.2-or-later",
        "GPL-3.0",
        "GPL-2.0+",
        "BSD-2-Clause-FreeBSD",
        "mit",
        "MIT AND",
        "MIT)",
        "MIT WITH nothing",
        "MIT-only",
        "((((((((((((((((((((((((((((((((((((((((((((((((((((MIT))))))))))))))))))))))))))))))))))))))))))))))))))))"
      })
  void everyHintHasATextInGermanAndEnglish(String expression) {
    Hint hint = LICENCES.check(expression).hint();
    assertThat(hint).isNotNull();
    assertThat(MessageBundles.hasText(hint.key())).as(hint.key()).isTrue();
  }

  @Test
  void theNameOfAnIdComesFromTheList() {
    assertThat(LICENCES.nameOf("eupl-1.2")).isEqualTo("European Union Public License 1.2");
    assertThat(LICENCES.nameOf("XXXXXXXXX")).isNull();
  }

  @Test
  void familiesHaveKebabCaseCodesWithTexts() {
    assertThat(Family.WEAK_COPYLEFT.code()).isEqualTo("weak-copyleft");
    for (Family family : Family.values()) {
      assertThat(Family.ofCode(family.code())).isEqualTo(family);
      assertThat(MessageBundles.hasText("licences.family." + family.code())).isTrue();
    }
  }
}
