package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * The check every statement-count test makes: the statements per request, measured with 10, 100 and
 * 1,000 rows, stay the same from 100 on and grow by at most one (a count query Spring Data skips
 * for a short page) from 10.
 */
public final class StatementGrowth {

  private StatementGrowth() {}

  public static void assertConstant(
      String what,
      String rows,
      Map<String, Long> ten,
      Map<String, Long> hundred,
      Map<String, Long> thousand) {
    System.out.println(
        "Statements per "
            + what
            + " request, 10 "
            + rows
            + ": "
            + ten
            + "; 100: "
            + hundred
            + "; 1,000: "
            + thousand);
    assertThat(thousand).isEqualTo(hundred);
    ten.forEach(
        (request, count) ->
            assertThat(thousand.get(request)).as(request).isBetween(count, count + 1));
  }
}
