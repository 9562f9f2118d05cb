package org.creditgov.privacy.mask;

/**
 * Finds the administrative prefix of a Chinese address that may show: province (省, 自治区,
 * 特别行政区, or one of the four municipalities), prefecture (市, 地区, 自治州, 盟) and county (区,
 * 县, 旗, 县级市, 自治县, 林区 …) and, at township precision, the township (镇, 乡, 街道, 苏木) that
 * follows the county.
 *
 * <p>A hand-written heuristic, not a gazetteer: a segment is a run of 2 to 12 Han characters
 * ending in a level suffix, the levels must go down, and endings that name a place inside a county
 * (小区, 社区, 园区, 超市 …) end the prefix. Everything after the prefix is hidden, so a wrong guess
 * only hides more.
 */
final class AddressPrefix {

  private static final int MAX_SEGMENT = 12;
  private static final int PROVINCE = 1;
  private static final int PREFECTURE = 2;
  private static final int CITY = 3; // 市 that is not a municipality: prefecture- or county-level
  private static final int COUNTY = 4;
  private static final int TOWNSHIP = 5;

  private static final String[] MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"};
  private static final String[] NOT_DIVISIONS = {
    "小区", "社区", "园区", "校区", "厂区", "景区", "片区", "街区", "营区", "院区", "库区", "生活区", "工业区",
    "商业区", "住宅区", "宿舍区", "超市", "门市", "菜市", "夜市", "集市", "城市", "股市"
  };

  private AddressPrefix() {}

  /** The length in chars (all BMP Han, so also in code points) of the prefix that may show. */
  static int length(char[] buf, int len, boolean township) {
    int pos = 0;
    int level = 0;
    int kept = 0;
    while (pos < len) {
      int end = -1;
      int type = 0;
      for (int j = pos; j < len && j - pos < MAX_SEGMENT && isHan(buf[j]); j++) {
        if (j > pos) {
          type = suffixType(buf, pos, j);
          if (type != 0) {
            end = j + 1;
            break;
          }
        }
      }
      if (end < 0 || endsWithAny(buf, pos, end, NOT_DIVISIONS)) {
        return kept;
      }
      if (type == CITY && isAny(buf, pos, end, MUNICIPALITIES)) {
        type = PROVINCE;
      }
      if (type == TOWNSHIP) {
        return township && level >= CITY ? end : kept;
      }
      if (type == CITY) {
        if (level >= COUNTY) {
          return kept;
        }
        // under a prefecture (地区, 自治州, or a 市 read before it) a 市 is county-level; otherwise
        // it may be either, and what follows decides
        type = level == PREFECTURE || level == CITY ? COUNTY : CITY;
      } else if (type <= level) {
        return kept;
      }
      level = type;
      kept = end;
      pos = end;
      if (level == COUNTY && !township) {
        return kept;
      }
    }
    return kept;
  }

  /** The level whose suffix ends at {@code buf[j]} (the segment being {@code buf[pos, j]}), or 0. */
  private static int suffixType(char[] buf, int pos, int j) {
    char c = buf[j];
    char before = buf[j - 1];
    switch (c) {
      case '省':
        return PROVINCE;
      case '区':
        if (before == '治' || before == '政') {
          return PROVINCE; // 自治区, 特别行政区
        }
        return before == '地' ? PREFECTURE : COUNTY;
      case '州':
        return before == '治' ? PREFECTURE : 0; // only 自治州: 广州, 杭州 are names
      case '盟':
        return PREFECTURE;
      case '市':
        return CITY;
      case '县':
      case '旗':
        return COUNTY;
      case '镇':
      case '乡':
        return TOWNSHIP;
      case '道':
        return before == '街' ? TOWNSHIP : 0;
      case '木':
        return before == '苏' ? TOWNSHIP : 0;
      default:
        return 0;
    }
  }

  private static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
  }

  private static boolean endsWithAny(char[] buf, int from, int to, String[] endings) {
    for (String e : endings) {
      if (to - from >= e.length() && regionEquals(buf, to - e.length(), e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAny(char[] buf, int from, int to, String[] words) {
    for (String word : words) {
      if (word.length() == to - from && regionEquals(buf, from, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(char[] buf, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (buf[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
