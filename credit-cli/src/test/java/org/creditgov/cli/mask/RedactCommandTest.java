package org.creditgov.cli.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.cli.Cli;
import org.creditgov.cli.Exit;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code credit redact} (PRI-3): each line, or each named field, is what the library's {@link Redactor} makes of it. */
class RedactCommandTest {

  @TempDir
  Path dir;

  private static String sentence(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> "当事人" + PersonalDataGenerators.chineseName(r) + "，身份证号" + PersonalDataGenerators.residentId(r) + "，已到场。";
      case 1 -> "联系电话 " + PersonalDataGenerators.mobile(r) + "，邮箱 " + PersonalDataGenerators.email(r);
      case 2 -> "单位统一社会信用代码 " + PersonalDataGenerators.creditCode(r) + " 已核实";
      default -> "无个人信息的说明文字";
    };
  }

  @Test
  void everyLineIsTheRedactorsTextOfIt() {
    Seeds.forEachSeed(10, seed -> {
      SplittableRandom r = Seeds.random(seed);
      List<String> lines = new ArrayList<>();
      for (int i = 1 + r.nextInt(50); i > 0; i--) {
        lines.add(sentence(r));
      }
      Path in = dir.resolve("notes-" + seed + ".txt");
      Path out = dir.resolve("redacted-" + seed + ".txt");
      Files.write(in, lines, StandardCharsets.UTF_8);
      boolean masked = r.nextBoolean();
      Cli.Run run = masked ? Cli.run("redact", "--profile", "PUBLIC", in.toString(), "-o", out.toString())
          : Cli.run("redact", in.toString(), "-o", out.toString());
      assertThat(run.code()).as(run.err()).isEqualTo(Exit.OK);
      Redactor redactor = masked ? Redactor.builder().clock(Cli.CLOCK).maskWith(MaskingProfile.PUBLIC).build()
          : Redactor.builder().clock(Cli.CLOCK).build();
      assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
          .containsExactlyElementsOf(lines.stream().map(l -> redactor.redact(l).text()).toList());
      for (String l : lines) {
        for (var s : redactor.redact(l).spans()) {
          if (s.kind() != DataKind.USCC) {
            assertThat(run.all()).doesNotContain(l.substring(s.start(), s.end()));
          }
        }
      }
    });
  }

  @Test
  void namedJsonLinesFieldsAreRedactedAndOthersKept() throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    SplittableRandom r = Seeds.random(11);
    List<String> lines = new ArrayList<>();
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ObjectNode o = mapper.createObjectNode().put("case", "QTX-" + i).put("remarks", sentence(r)).put("other", sentence(r));
      records.add(o);
      lines.add(mapper.writeValueAsString(o));
    }
    Path in = dir.resolve("cases.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("redact", "--field", "remarks", in.toString(), "-o", out.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Exit.OK);
    Redactor redactor = Redactor.builder().clock(Cli.CLOCK).build();
    List<String> got = Files.readAllLines(out, StandardCharsets.UTF_8);
    for (int i = 0; i < got.size(); i++) {
      ObjectNode want = records.get(i).deepCopy().put("remarks", redactor.redact(records.get(i).get("remarks").asString()).text());
      assertThat(mapper.readTree(got.get(i))).isEqualTo(want);
    }
    assertThat(Cli.run("redact", in.toString(), "-o", out.toString()).code()).isEqualTo(Exit.USAGE); // fields to name
  }
}
