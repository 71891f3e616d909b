package eu.digilabs.hub.events;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.Conflict;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's speakers: listed for everyone who may see the event, written by its organisers. */
@Service
@Transactional(readOnly = true)
public class SpeakerService {

  public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

  private final Speakers speakers;
  private final AccountService accounts;
  private final Uploads uploads;
  private final EventAccess access;

  SpeakerService(Speakers speakers, AccountService accounts, Uploads uploads, EventAccess access) {
    this.speakers = speakers;
    this.accounts = accounts;
    this.uploads = uploads;
    this.access = access;
  }

  public List<SpeakerView> speakers(long eventId) {
    access.visible(eventId);
    return speakers.findByEventIdOrderByName(eventId).stream().map(SpeakerView::of).toList();
  }

  public SpeakerView speaker(long eventId, long speakerId) {
    access.visible(eventId);
    return SpeakerView.of(speakerOf(eventId, speakerId));
  }

  /** The speaker's photo file and its type, when one was uploaded. */
  public Optional<Map.Entry<Path, String>> photo(long eventId, long speakerId) {
    access.visible(eventId);
    Speaker speaker = speakerOf(eventId, speakerId);
    return uploads.find(speaker.photoFile()).map(p -> Map.entry(p, speaker.photoType()));
  }

  @Transactional
  public SpeakerView addSpeaker(long eventId, SpeakerCommand command) {
    access.managed(eventId);
    return SpeakerView.of(store(eventId, command));
  }

  /** Adds a speaker and, when given, their photo, in one write. */
  @Transactional
  public SpeakerView addSpeakerWithPhoto(
      long eventId, SpeakerCommand command, byte @Nullable [] photo) {
    SpeakerView speaker = addSpeaker(eventId, command);
    return photo == null ? speaker : speakerPhoto(eventId, speaker.id(), photo);
  }

  /** Changes a speaker and, when given, their photo, in one write. */
  @Transactional
  public SpeakerView updateSpeakerWithPhoto(
      long eventId, long speakerId, long version, SpeakerCommand command, byte @Nullable [] photo) {
    SpeakerView speaker = updateSpeaker(eventId, speakerId, version, command);
    return photo == null ? speaker : speakerPhoto(eventId, speakerId, photo);
  }

  @Transactional
  public SpeakerView updateSpeaker(
      long eventId, long speakerId, long version, SpeakerCommand command) {
    access.managed(eventId);
    Speaker speaker = speakerOf(eventId, speakerId);
    if (speaker.version() != version) {
      throw new Conflict("The speaker was changed by someone else since version " + version + ".");
    }
    speaker.apply(command, linkedAccount(command));
    speakers.flush();
    return SpeakerView.of(speaker);
  }

  /** Stores a PNG or JPEG photo of the speaker. */
  @Transactional
  public SpeakerView speakerPhoto(long eventId, long speakerId, byte[] image) {
    access.managed(eventId);
    Speaker speaker = speakerOf(eventId, speakerId);
    if (image.length > MAX_PHOTO_BYTES) {
      throw new InvalidInput("photo", "events.error.photoTooLarge");
    }
    String type =
        Uploads.imageType(image)
            .orElseThrow(() -> new InvalidInput("photo", "events.error.photoNotImage"));
    speaker.photo(uploads.store(image, "png".equals(type) ? "png" : "jpg"), "image/" + type);
    return SpeakerView.of(speaker);
  }

  @Transactional
  public void deleteSpeaker(long eventId, long speakerId) {
    access.managed(eventId);
    speakers.delete(speakerOf(eventId, speakerId));
  }

  /** Stores a new speaker of the event; the caller has checked the right to. */
  @Transactional
  Speaker store(long eventId, SpeakerCommand command) {
    Speaker speaker = new Speaker(eventId);
    speaker.apply(command, linkedAccount(command));
    return speakers.saveAndFlush(speaker);
  }

  private @Nullable Long linkedAccount(SpeakerCommand command) {
    if (command.accountEmail() == null || command.accountEmail().isBlank()) {
      return null;
    }
    return accounts
        .byEmail(command.accountEmail())
        .map(AccountView::id)
        .orElseThrow(() -> new InvalidInput("accountEmail", "events.error.noAccount"));
  }

  private Speaker speakerOf(long eventId, long speakerId) {
    return speakers
        .findById(speakerId)
        .filter(s -> s.eventId() == eventId)
        .orElseThrow(() -> new NotFound("No speaker " + speakerId + " at event " + eventId + "."));
  }
}
