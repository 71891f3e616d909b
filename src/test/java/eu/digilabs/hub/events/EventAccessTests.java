package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * {@link EventAccess}: who may see and manage an event, decided from today's rights (organisers
 * while members of one of its labs, editors of its labs, admins).
 */
class EventAccessTests {

  private static final long LAB = 10L;
  private static final long ORGANISER = 7L;

  private final Events events = mock(Events.class);
  private final Registrations registrations = mock(Registrations.class);
  private final Rights rights = mock(Rights.class);
  private final EventAccess access = new EventAccess(events, registrations, rights);
  private Event event;

  @BeforeEach
  void anEventOfOneLabOrganisedByOnePerson() {
    event = new Event(EventFixtures.event().lab(LAB).build(), ORGANISER);
    when(events.findById(any())).thenReturn(Optional.of(event));
    when(rights.currentAccountId()).thenReturn(Optional.empty());
  }

  private void signedInAs(long account) {
    when(rights.currentAccountId()).thenReturn(Optional.of(account));
  }

  @Test
  void anOrganiserManagesWhileAMemberOfOneOfTheLabs() {
    signedInAs(ORGANISER);
    when(rights.memberOf(LAB)).thenReturn(true);

    assertThat(access.mayManage(event)).isTrue();
  }

  @Test
  void anOrganiserWhoLeftTheLabNoLongerManages() {
    signedInAs(ORGANISER);
    when(rights.memberOf(LAB)).thenReturn(false);

    assertThat(access.mayManage(event)).isFalse();
    assertThatThrownBy(() -> access.managed(1L)).isInstanceOf(Forbidden.class);
  }

  @Test
  void editorsOfTheLabAndAdminsManageWithoutBeingOrganisers() {
    signedInAs(99L);
    when(rights.editorOf(LAB)).thenReturn(true);
    assertThat(access.mayManage(event)).isTrue();
    assertThat(access.mayRemoveOrganisers(event)).isTrue();

    when(rights.editorOf(LAB)).thenReturn(false);
    when(rights.admin()).thenReturn(true);
    assertThat(access.mayManage(event)).isTrue();
    assertThat(access.mayRemoveOrganisers(event)).isTrue();
  }

  @Test
  void organisersMayNotRemoveOrganisers() {
    signedInAs(ORGANISER);
    when(rights.memberOf(LAB)).thenReturn(true);

    assertThat(access.mayRemoveOrganisers(event)).isFalse();
  }

  @Test
  void aVisitorManagesNothing() {
    assertThat(access.mayManage(event)).isFalse();
  }

  @Test
  void aDraftIsNotFoundForThoseWhoDoNotManageIt() {
    signedInAs(99L);

    assertThat(access.maySee(event)).isFalse();
    assertThatThrownBy(() -> access.visible(1L)).isInstanceOf(NotFound.class);
  }

  @Test
  void aPublishedEventIsSeenByVisitorsUnlessItIsForMembersOnly() {
    event.publish();
    assertThat(access.maySee(event)).isTrue();
    assertThat(access.visible(1L)).isSameAs(event);

    Event membersOnly = new Event(EventFixtures.event().lab(LAB).membersOnly().build(), ORGANISER);
    membersOnly.publish();
    when(events.findById(any())).thenReturn(Optional.of(membersOnly));
    assertThat(access.maySee(membersOnly)).isFalse();
    assertThatThrownBy(() -> access.visible(1L)).isInstanceOf(Forbidden.class);

    signedInAs(99L);
    assertThat(access.maySee(membersOnly)).isTrue();
  }

  @Test
  void theStreamIsForOrganisersAndPeopleWithAnOnlineSeat() {
    ReflectionTestUtils.setField(event, "id", 1L);
    event.publish();
    signedInAs(99L);
    Registration online = new Registration(1L, 99L);
    online.register(Attendance.ONLINE, true, "en", event.startsAt());
    when(registrations.findByEventIdAndAccountId(anyLong(), anyLong()))
        .thenReturn(Optional.of(online));
    assertThat(access.mayStream(event)).isTrue();

    Registration onSite = new Registration(1L, 99L);
    onSite.register(Attendance.ON_SITE, true, "en", event.startsAt());
    when(registrations.findByEventIdAndAccountId(anyLong(), anyLong()))
        .thenReturn(Optional.of(onSite));
    assertThat(access.mayStream(event)).isFalse();

    Registration waiting = new Registration(1L, 99L);
    waiting.register(Attendance.ONLINE, false, "en", event.startsAt());
    when(registrations.findByEventIdAndAccountId(anyLong(), anyLong()))
        .thenReturn(Optional.of(waiting));
    assertThat(access.mayStream(event)).isFalse();
  }
}
