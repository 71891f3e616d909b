package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A failure report's content rules and its anonymity towards readers and the index. */
class FailureReportAggregateTests {

  static FailureReportCommand command(Boolean anonymous) {
    return new FailureReportCommand(
        "  Chatbot  ",
        " Tried a bot ",
        " Nobody used it ",
        Arrays.asList("no-users", " ", null),
        "  ",
        "Ask first",
        "test",
        30L,
        20L,
        null,
        "en",
        anonymous,
        null);
  }

  @Test
  void textsAreTrimmedAndEmptyOnesAndBlankCausesDropped() {
    FailureReport report = new FailureReport(command(null), 9L);
    assertThat(report.title()).isEqualTo("Chatbot");
    assertThat(report.tried()).isEqualTo("Tried a bot");
    assertThat(report.differently()).isNull();
    assertThat(report.causes()).containsExactly("no-users");
    assertThat(report.anonymous()).isFalse();
    assertThat(report.published()).isFalse();
  }

  @Test
  void anAnonymousReportKeepsItsLabOutOfTheIndex() {
    assertThat(new FailureReport(command(true), 9L).getSearchLab()).isNull();
    assertThat(new FailureReport(command(false), 9L).getSearchLab()).isEqualTo(20L);
  }

  @Test
  void anAnonymousReportShowsAuthorLabAndProjectOnlyWhenRevealed() {
    FailureReport report = new FailureReport(command(true), 9L);
    ReflectionTestUtils.setField(report, "id", 4L);
    FailureReportView reader = FailureReportView.of(report, false, "Ann");
    assertThat(reader.authorName()).isNull();
    assertThat(reader.labId()).isNull();
    assertThat(reader.projectId()).isNull();
    FailureReportView moderator = FailureReportView.of(report, true, "Ann");
    assertThat(moderator.authorName()).isEqualTo("Ann");
    assertThat(moderator.labId()).isEqualTo(20L);
    assertThat(moderator.projectId()).isEqualTo(30L);
  }

  @Test
  void publishingAndWithdrawingIsShownInTheIndex() {
    FailureReport report = new FailureReport(command(false), 9L);
    report.publish(true);
    assertThat(report.isSearchVisible()).isTrue();
    report.publish(false);
    assertThat(report.isSearchVisible()).isFalse();
  }

  @Test
  void aProjectOfAnotherLabIsNamedOnlyOnceLinked() {
    FailureReport report = new FailureReport(command(false), 9L);
    report.linkProject(null);
    assertThat(report.projectId()).isNull();
    report.linkProject(30L);
    assertThat(report.projectId()).isEqualTo(30L);
  }
}
