package org.creditgov.privacy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * PRI-3: a name of plain Han characters is masked on a fast path; it must give exactly what the
 * general path gives. A leading space sends the same name down the general path (cleaning trims
 * it), so the two are compared on every generated name, compound surnames and 年/月/日 included.
 */
class PlainNameFastPathTest {

  private static final String COMPOUND_STARTS = "欧阳司马诸葛上官司徒东方皇甫尉迟公孙慕容";

  private static String plainHanName(SplittableRandom random) {
    StringBuilder name = new StringBuilder();
    if (random.nextInt(4) == 0) {
      int pair = random.nextInt(COMPOUND_STARTS.length() / 2);
      name.append(COMPOUND_STARTS, 2 * pair, 2 * pair + 2);
    }
    int more = 1 + random.nextInt(random.nextInt(5) == 0 ? 8 : 3);
    for (int i = 0; i < more; i++) {
      name.append(random.nextInt(20) == 0 ? "年月日号".charAt(random.nextInt(4)) : (char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00 + 1)));
    }
    return name.toString();
  }

  @Test
  void theFastPathAgreesWithTheGeneralPath() {
    Seeds.forEachSeed(1000, seed -> {
      String name = plainHanName(Seeds.random(seed));
      for (MaskingProfile profile : new MaskingProfile[] {MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT}) {
        assertThat(profile.mask(DataKind.PERSONAL_NAME, name))
            .as("%s, %d characters", profile, name.length())
            .isEqualTo(profile.mask(DataKind.PERSONAL_NAME, " " + name));
      }
    });
  }
}
