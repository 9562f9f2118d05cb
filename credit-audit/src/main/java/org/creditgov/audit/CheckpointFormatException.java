package org.creditgov.audit;

import org.creditgov.core.Bilingual;
import static java.util.Objects.requireNonNull;

/**
 * A text that is not a well-formed C2SP signed note carrying a tlog-checkpoint body (SEC-2): the
 * one typed exception for bad checkpoint text, with a {@link #reason()} and the 1-based {@link
 * #line()} where the problem is (0 where it concerns the whole note). The message never repeats the
 * text.
 */
public final class CheckpointFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a checkpoint text was refused. */
  public enum Reason implements Bilingual {
    /** Bytes that are not UTF-8, or an ASCII control character other than a newline. */
    ENCODING("文本不是 UTF-8，或含有换行以外的控制字符", "the text is not UTF-8, or holds a control character other than a newline"),
    /** No blank line followed by signature lines, or a text that does not end in a newline. */
    NO_SIGNATURE_BLOCK("没有空行及其后的签名行，或文本不以换行结尾", "no blank line followed by signature lines, or the text does not end in a newline"),
    /** A signature line that is not an em dash, a space, a key name, a space and base64 of at least five bytes. */
    SIGNATURE_LINE("签名行格式不正确", "a signature line is malformed"),
    /** More than {@value Checkpoint#MAX_SIGNATURES} signature lines. */
    TOO_MANY_SIGNATURES("签名行过多", "too many signature lines"),
    /** Fewer than three body lines (origin, size, root hash). */
    BODY_TOO_SHORT("正文不足三行（日志标识、条数、根哈希）", "fewer than three body lines (origin, size, root hash)"),
    /** An empty origin, or one with a space or a plus sign. */
    ORIGIN("日志标识为空或含有空格、加号", "the origin is empty or holds a space or a plus sign"),
    /** A size that is not a decimal number without leading zeros within 0 … 2^63 − 1. */
    SIZE("条数不是有效的十进制数", "the size is not a valid decimal number"),
    /** A root hash that is not the standard base64 of 32 bytes. */
    ROOT_HASH("根哈希不是32字节的标准 base64 编码", "the root hash is not the standard base64 of 32 bytes"),
    /** An empty extension line. */
    EXTENSION("扩展行为空", "an extension line is empty"),
    /** A timestamp extension line that is not {@code timestamp} and an ISO-8601 instant. */
    TIMESTAMP("时间戳扩展行格式不正确", "the timestamp extension line is malformed");

    private final String nameZh;
    private final String nameEn;

    Reason(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    /** What is wrong, in Simplified Chinese. */
    @Override
    public String nameZh() {
      return nameZh;
    }

    /** What is wrong, in English. */
    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  private final Reason reason;
  private final int line;

  CheckpointFormatException(Reason reason, int line, String message) {
    super(message + (line > 0 ? " (line " + line + ")" : ""));
    this.reason = requireNonNull(reason);
    this.line = line;
  }

  /** Why the text was refused. */
  public Reason reason() {
    return reason;
  }

  /** The 1-based line of the note where the problem is, or 0 for the whole note. */
  public int line() {
    return line;
  }
}
