package org.creditgov.privacy.query;

import org.creditgov.core.Bilingual;
import org.creditgov.privacy.mask.MaskingProfile;

/**
 * Who will see a query's result, deciding how its personal fields are masked (PRI-3): the
 * public, another government body, or the person themself.
 */
public enum Audience implements Bilingual {
  /** Published or shown to anyone: {@link MaskingProfile#PUBLIC}. */
  PUBLIC("社会公众", "the public", MaskingProfile.PUBLIC),
  /** Shared between government bodies: {@link MaskingProfile#SHARING}. */
  SHARING("政务共享", "government sharing", MaskingProfile.SHARING),
  /** The person the information is about: {@link MaskingProfile#SUBJECT}. */
  SUBJECT("信息主体本人", "the person themself", MaskingProfile.SUBJECT);

  private final String nameZh;
  private final String nameEn;
  private final MaskingProfile profile;

  Audience(String nameZh, String nameEn, MaskingProfile profile) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.profile = profile;
  }

  /** The masking profile of the audience. */
  public MaskingProfile profile() {
    return profile;
  }

  /** The name in Simplified Chinese. */
  @Override
  public String nameZh() {
    return nameZh;
  }

  /** The name in English. */
  @Override
  public String nameEn() {
    return nameEn;
  }
}
