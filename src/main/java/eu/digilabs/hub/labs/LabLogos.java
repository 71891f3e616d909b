package eu.digilabs.hub.labs;

import eu.digilabs.hub.shared.files.Uploads;
import eu.digilabs.hub.shared.problems.InvalidInput;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Labs' logos: PNG or JPEG images of at most 2 MB, stored as uploads. */
@Component
public class LabLogos {

  /** Largest logo accepted. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private final Labs labs;
  private final Uploads uploads;

  LabLogos(Labs labs, Uploads uploads) {
    this.labs = labs;
    this.uploads = uploads;
  }

  /** The image type of a logo, or an {@link InvalidInput} on the {@code logo} field. */
  public static String check(byte[] image) {
    if (image.length > MAX_BYTES) {
      throw new InvalidInput("logo", "labs.logoTooLarge", MAX_BYTES / 1024 / 1024);
    }
    return Uploads.imageType(image)
        .orElseThrow(() -> new InvalidInput("logo", "labs.logoNotImage"));
  }

  /** The stored logo file of the lab and its media type. */
  public Optional<Map.Entry<Path, String>> file(long labId) {
    return labs.findById(labId)
        .flatMap(
            lab -> {
              String file = lab.logoFile();
              String type = lab.logoType();
              return file == null || type == null
                  ? Optional.empty()
                  : uploads.find(file).map(path -> Map.entry(path, type));
            });
  }

  /** Stores a checked image ({@code type} from {@link #check}) as the lab's logo. */
  void store(Lab lab, byte[] image, String type) {
    lab.logo(uploads.store(image, "png".equals(type) ? "png" : "jpg"), "image/" + type);
  }
}
