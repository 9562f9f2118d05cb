package org.creditgov.privacy.mask;

import java.util.Arrays;

/**
 * The two-character surnames (复姓) a name masker keeps whole: the compound surnames of the
 * traditional 百家姓 list and a few others still in use. Read as a compound surname, a name such as
 * 钟离明 shows one more character than the single surname 钟 would; the list accepts that cost
 * because hiding half of a compound surname tells a reader nothing true.
 */
final class CompoundSurnames {

  private static final String LIST =
      "万俟司马上官欧阳夏侯诸葛闻人东方赫连皇甫尉迟公羊澹台公冶宗政濮阳淳于单于太叔申屠公孙仲孙"
          + "轩辕令狐钟离宇文长孙慕容鲜于闾丘司徒司空亓官司寇仉督子车颛孙端木巫马公西漆雕乐正壤驷"
          + "公良拓跋夹谷宰父谷梁段干百里东郭南门呼延羊舌微生梁丘左丘东门西门南宫第五公仪公乘太史"
          + "仲长叔孙屈突尔朱相里司城独孤即墨达奚褚师";

  private static final int[] PAIRS = pairs();

  private CompoundSurnames() {}

  private static int[] pairs() {
    int[] pairs = new int[LIST.length() / 2];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = key(LIST.charAt(2 * i), LIST.charAt(2 * i + 1));
    }
    Arrays.sort(pairs);
    return pairs;
  }

  private static int key(char first, char second) {
    return first << 16 | second;
  }

  /** Whether the two characters form a compound surname of the list. */
  static boolean contains(char first, char second) {
    return Arrays.binarySearch(PAIRS, key(first, second)) >= 0;
  }

  /** How many surnames the list holds (for tests and documentation). */
  static int size() {
    return PAIRS.length;
  }
}
