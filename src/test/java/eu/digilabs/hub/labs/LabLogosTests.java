package eu.digilabs.hub.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.digilabs.hub.shared.problems.InvalidInput;
import org.junit.jupiter.api.Test;

/** What is accepted as a lab's logo. */
class LabLogosTests {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

  @Test
  void pngAndJpegImagesAreAccepted() {
    assertThat(LabLogos.check(PNG)).isEqualTo("png");
    assertThat(LabLogos.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .isEqualTo("jpeg");
  }

  @Test
  void anythingElseIsNoImage() {
    InvalidInput invalid =
        catchThrowableOfType(InvalidInput.class, () -> LabLogos.check("<svg/>".getBytes()));

    assertThat(invalid.problems())
        .singleElement()
        .extracting("field", "code")
        .containsExactly("logo", "labs.logoNotImage");
  }

  @Test
  void aLogoOverTwoMegabytesIsTooLargeEvenIfItIsAnImage() {
    byte[] large = new byte[LabLogos.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, large, 0, PNG.length);

    InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> LabLogos.check(large));

    assertThat(invalid.problems())
        .singleElement()
        .extracting("field", "code")
        .containsExactly("logo", "labs.logoTooLarge");
  }
}
