package org.creditgov.privacy.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.privacy.mask.DataKind.ADDRESS;
import static org.creditgov.privacy.mask.DataKind.BANK_CARD;
import static org.creditgov.privacy.mask.DataKind.BIRTH_DATE;
import static org.creditgov.privacy.mask.DataKind.EMAIL;
import static org.creditgov.privacy.mask.DataKind.LANDLINE;
import static org.creditgov.privacy.mask.DataKind.LICENCE_PLATE;
import static org.creditgov.privacy.mask.DataKind.MOBILE;
import static org.creditgov.privacy.mask.DataKind.PERSONAL_NAME;
import static org.creditgov.privacy.mask.DataKind.RESIDENT_ID;
import static org.creditgov.privacy.mask.DataKind.USCC;
import static org.creditgov.privacy.mask.MaskingProfile.PUBLIC;
import static org.creditgov.privacy.mask.MaskingProfile.SHARING;
import static org.creditgov.privacy.mask.MaskingProfile.SUBJECT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MaskingProfileTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "张三丰 | 张**",
        "张三 | 张*",
        "张 | *",
        "欧阳娜娜 | 欧阳**",
        "欧阳娜 | 欧阳*",
        "欧阳 | 欧*",
        "司马相如 | 司马**",
        "诸葛亮 | 诸葛*",
        "上官婉儿 | 上官**",
        "钟离春 | 钟离*",
        "阿卜杜拉·买买提 | 阿***·***",
        "迪丽热巴·迪力木拉提 | 迪***·*****",
        "爱新觉罗・溥仪 | 爱***・**",
        "John Smith | J*** *****",
        "𠮷野家 | 𠮷**",
        "王𠮷 | 王*",
        " 李四 | 李*",
        "张**| 张**",
      })
  void publicNamesKeepTheSurnameOnly(String name, String expected) {
    assertThat(PUBLIC.mask(PERSONAL_NAME, name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"张三丰 | 张*丰", "张三 | 张*", "欧阳娜娜 | 欧阳*娜", "欧阳娜 | 欧阳*", "阿卜杜拉·买买提 | 阿***·**提"})
  void subjectNamesAlsoKeepTheLastCharacter(String name, String expected) {
    assertThat(SUBJECT.mask(PERSONAL_NAME, name)).isEqualTo(expected);
  }

  @Test
  void aResidentIdShowsSixAndFourAndNeverTheBirthDate() {
    assertThat(PUBLIC.mask(RESIDENT_ID, "11010519491231002X")).isEqualTo("110105********002X");
    assertThat(PUBLIC.mask(RESIDENT_ID, "11010519491231002x")).isEqualTo("110105********002X");
    assertThat(PUBLIC.mask(RESIDENT_ID, "１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("110105********002X");
    assertThat(PUBLIC.mask(RESIDENT_ID, "110105 19491231 002X")).isEqualTo("110105********002X");
    // a legacy 15-digit number: at least 8 hidden leaves 7 to show: 6 + 1, the birth date hidden
    assertThat(PUBLIC.mask(RESIDENT_ID, "110105491231002")).isEqualTo("110105********2");
    // a vendor rule that would reveal the birth date still does not (14 + 3 of 18, minus the date)
    MaskingProfile leaky = PUBLIC.toBuilder().name("LEAKY").rule(RESIDENT_ID, MaskRule.keep(14, 4, 1)).build();
    assertThat(leaky.mask(RESIDENT_ID, "11010519491231002X")).isEqualTo("110105*********02X");
  }

  @Test
  void shortAndDirtyValuesAreStillMasked() {
    assertThat(PUBLIC.mask(MOBILE, "1380013")).isEqualTo("138****");
    assertThat(PUBLIC.mask(MOBILE, "1")).isEqualTo("*");
    assertThat(SHARING.mask(BANK_CARD, "62220212")).isEqualTo("62******");
    assertThat(PUBLIC.mask(BANK_CARD, "62220212")).isEqualTo("******12");
    assertThat(PUBLIC.mask(RESIDENT_ID, "12345")).isEqualTo("*****");
    assertThat(PUBLIC.mask(MOBILE, "暂无")).isEqualTo("**");
    assertThat(PUBLIC.mask(EMAIL, "a")).isEqualTo("*");
    assertThat(PUBLIC.mask(BIRTH_DATE, "1990")).isEqualTo("****");
    assertThat(PUBLIC.mask(ADDRESS, "北京市海淀区")).isEqualTo("******");
    assertThat(PUBLIC.mask(PERSONAL_NAME, "··")).isEqualTo("**");
  }

  @Test
  void phonesAndCards() {
    assertThat(PUBLIC.mask(MOBILE, "13800138000")).isEqualTo("138****8000");
    assertThat(PUBLIC.mask(MOBILE, "１３８ ００１３ ８０００")).isEqualTo("138****8000");
    assertThat(PUBLIC.mask(MOBILE, "138-0013-8000")).isEqualTo("138****8000");
    assertThat(PUBLIC.mask(LANDLINE, "0951-5012345")).isEqualTo("0951*****45");
    assertThat(PUBLIC.mask(LANDLINE, "(010)62345678")).isEqualTo("0106*****78");
    assertThat(PUBLIC.mask(BANK_CARD, "6222 0212 3456 7890 123")).isEqualTo("***************0123");
    assertThat(SHARING.mask(BANK_CARD, "6222021234567890123")).isEqualTo("622202*********0123");
    assertThat(PUBLIC.mask(LICENCE_PLATE, "宁A·12345")).isEqualTo("宁A****5");
    assertThat(SHARING.mask(LICENCE_PLATE, "京AD12345")).isEqualTo("京AD****5");
  }

  @Test
  void emailsKeepTheDomain() {
    assertThat(PUBLIC.mask(EMAIL, "duandazhi@126.com")).isEqualTo("d********@126.com");
    assertThat(SUBJECT.mask(EMAIL, "duandazhi@126.com")).isEqualTo("dua******@126.com");
    assertThat(PUBLIC.mask(EMAIL, "a@x.cn")).isEqualTo("*@x.cn");
    assertThat(PUBLIC.mask(EMAIL, "@x.cn")).isEqualTo("@****");
    assertThat(PUBLIC.mask(EMAIL, "ｚｈａｎｇ＠１６３．ｃｏｍ")).isEqualTo("z****@163.com");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "北京市海淀区马连洼街道289号 | 北京市海淀区*********",
        "宁夏回族自治区吴忠市青铜峡市小坝镇团结路8号 | 宁夏回族自治区吴忠市青铜峡市********",
        "广东省广州市天河区体育西路1号 | 广东省广州市天河区******",
        "上海市浦东新区世纪大道100号 | 上海市浦东新区********",
        "内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇 | 内蒙古自治区呼伦贝尔市鄂温克族自治旗*****",
        "湖北省仙桃市沙嘴街道 | 湖北省仙桃市****",
        "阳光小区3号楼2单元 | **********",
        "华联超市旁 | *****",
        "青铜峡市小坝镇 | 青铜峡市***",
      })
  void addressesShowTheCountyAndNoMore(String address, String expected) {
    assertThat(PUBLIC.mask(ADDRESS, address)).isEqualTo(expected);
  }

  @Test
  void sharingAddressesShowTheTownship() {
    assertThat(SHARING.mask(ADDRESS, "北京市海淀区马连洼街道289号")).isEqualTo("北京市海淀区马连洼街道****");
    assertThat(SHARING.mask(ADDRESS, "宁夏回族自治区吴忠市青铜峡市小坝镇团结路8号"))
        .isEqualTo("宁夏回族自治区吴忠市青铜峡市小坝镇*****");
  }

  @Test
  void birthDatesKeepTheYear() {
    assertThat(PUBLIC.mask(BIRTH_DATE, "1990-03-07")).isEqualTo("1990-**-**");
    assertThat(PUBLIC.mask(BIRTH_DATE, "1990年3月7日")).isEqualTo("1990年*月*日");
    assertThat(PUBLIC.mask(BIRTH_DATE, "1990年三月七日")).isEqualTo("1990年*月*日");
    assertThat(SHARING.mask(BIRTH_DATE, "1990-03-07")).isEqualTo("1990-03-**");
    assertThat(SHARING.mask(BIRTH_DATE, "19900307")).isEqualTo("199003**");
    assertThat(PUBLIC.mask(BIRTH_DATE, "07/03/1990")).isEqualTo("**/**/****");
  }

  @Test
  void aValidCreditCodeIsPublicAndAnythingElseInItsFieldIsHidden() {
    String code = "91350100M000100Y43";
    assertThat(PUBLIC.mask(USCC, code)).isEqualTo(code);
    assertThat(PUBLIC.mask(USCC, " 91350100m000100y43 ")).isEqualTo(code);
    assertThat(PUBLIC.mask(USCC, "91350100M000100Y44")).isEqualTo("******************");
    assertThat(PUBLIC.mask(USCC, "11010519491231002X")).isEqualTo("******************");
  }

  @ParameterizedTest
  @EnumSource(DataKind.class)
  void nullStaysNullAndEmptyStaysEmpty(DataKind kind) {
    assertThat(PUBLIC.mask(kind, null)).isNull();
    assertThat(PUBLIC.mask(kind, "")).isEmpty();
    assertThat(PUBLIC.mask(kind, " \u3000 ")).isEmpty();
  }

  @Test
  void surrogatePairsAreNeverSplitAndLoneSurrogatesNeverShown() {
    assertThat(PUBLIC.mask(PERSONAL_NAME, "王𠮷𠮷")).isEqualTo("王**");
    assertThat(PUBLIC.mask(PERSONAL_NAME, "\uD842王")).isEqualTo("**");
    assertThat(PUBLIC.mask(MOBILE, "\uDFB7\uD842")).isEqualTo("**");
    assertThat(PUBLIC.mask(EMAIL, "𠮷\uD842@x.cn")).isEqualTo("𠮷*@x.cn");
  }

  @Test
  void profilesAreValuesThatCanBeCopiedAndChanged() {
    MaskingProfile strict = PUBLIC.toBuilder().name("STRICT").rule(MOBILE, MaskRule.hideAll()).build();
    assertThat(strict.mask(MOBILE, "13800138000")).isEqualTo("***********");
    assertThat(strict.rule(PERSONAL_NAME)).isEqualTo(MaskRule.surname());
    assertThat(PUBLIC.mask(MOBILE, "13800138000")).isEqualTo("138****8000");
    assertThat(PUBLIC.toBuilder().build()).isEqualTo(PUBLIC).hasSameHashCodeAs(PUBLIC);
    assertThat(strict).isNotEqualTo(PUBLIC);
    assertThat(PUBLIC.toString()).contains("PUBLIC", "MOBILE=keep(3, 4, 4)", "PERSONAL_NAME=surname()");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> MaskingProfile.builder("X").rule(MOBILE, MaskRule.hideAll()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PERSONAL_NAME")
        .hasMessageNotContaining("MOBILE");
    assertThatThrownBy(() -> MaskingProfile.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MaskRule.keep(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MaskRule.keep(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MaskRule.email(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PUBLIC.mask(null, "x")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theCompoundSurnameListIsLoaded() {
    assertThat(CompoundSurnames.size()).isGreaterThan(70);
    assertThat(CompoundSurnames.contains('欧', '阳')).isTrue();
    assertThat(CompoundSurnames.contains('张', '三')).isFalse();
  }
}
