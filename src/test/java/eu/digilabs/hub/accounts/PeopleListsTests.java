package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeopleListsTests {

  @Test
  void membersAreSortedByNameIgnoringCaseAndKeepTheirRight() {
    List<MemberView> members =
        PeopleLists.members(
            7,
            List.of(new Membership(7, 1, false), new Membership(7, 2, true)),
            Map.of(1L, view(1, "zoe"), 2L, view(2, "Adam")));

    assertThat(members)
        .containsExactly(
            new MemberView(7, 2, "Adam", "2@example.org", true),
            new MemberView(7, 1, "zoe", "1@example.org", false));
  }

  @Test
  void aMembershipWhoseAccountIsGoneIsLeftOut() {
    List<MemberView> members =
        PeopleLists.members(
            7,
            List.of(new Membership(7, 1, false), new Membership(7, 3, true)),
            Map.of(1L, view(1, "Zoe")));

    assertThat(members).extracting(MemberView::accountId).containsExactly(1L);
  }

  @Test
  void anUnknownIdIsNamedFormerMember() {
    assertThat(PeopleLists.names(List.of(1L, 2L), Map.of(1L, "Ada"), "former member"))
        .isEqualTo(Map.of(1L, "Ada", 2L, "former member"));
  }

  private static AccountView view(long id, String name) {
    return new AccountView(
        id,
        id + "@example.org",
        name,
        null,
        null,
        null,
        false,
        true,
        false,
        Instant.EPOCH,
        null,
        false);
  }
}
