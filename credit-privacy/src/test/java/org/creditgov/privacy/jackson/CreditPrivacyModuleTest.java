package org.creditgov.privacy.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class CreditPrivacyModuleTest {

  /** A DTO as a Spring controller returns it: annotations on fields, a getter and record parts. */
  public static final class PenaltyView {
    @Masked(DataKind.PERSONAL_NAME)
    private final String party;

    private final String idNumber;

    @Masked(DataKind.MOBILE)
    private final @Nullable String mobile;

    @Masked(DataKind.MOBILE)
    private final Long landlineAsNumber;

    @Masked(DataKind.PERSONAL_NAME)
    private final List<String> witnesses;

    @Masked(DataKind.BANK_CARD)
    private final Map<String, String> accounts;

    private final String creditCode;
    private final String decisionNumber;

    PenaltyView(String party, String idNumber, @Nullable String mobile, Long landlineAsNumber,
        List<String> witnesses, Map<String, String> accounts, String creditCode, String decisionNumber) {
      this.party = party;
      this.idNumber = idNumber;
      this.mobile = mobile;
      this.landlineAsNumber = landlineAsNumber;
      this.witnesses = witnesses;
      this.accounts = accounts;
      this.creditCode = creditCode;
      this.decisionNumber = decisionNumber;
    }

    public String getParty() {
      return party;
    }

    @Masked(DataKind.RESIDENT_ID)
    public String getIdNumber() {
      return idNumber;
    }

    public @Nullable String getMobile() {
      return mobile;
    }

    public Long getLandlineAsNumber() {
      return landlineAsNumber;
    }

    public List<String> getWitnesses() {
      return witnesses;
    }

    public Map<String, String> getAccounts() {
      return accounts;
    }

    @Masked(DataKind.USCC)
    public String getCreditCode() {
      return creditCode;
    }

    public String getDecisionNumber() {
      return decisionNumber;
    }
  }

  /** A record DTO, read back after writing. */
  public record Party(@Masked(DataKind.PERSONAL_NAME) String name, @Masked(DataKind.EMAIL) String email, String city) {}

  private static final PenaltyView VIEW =
      new PenaltyView(
          "欧阳娜娜",
          "11010819790815002X",
          null,
          13800138000L,
          List.of("张三丰", "阿卜杜拉·买买提"),
          Map.of("工商银行", "6222021234567890128"),
          "91640300MA76ABCD1B",
          "青市监罚〔2023〕15号");

  @Test
  void serialisingMasksEveryAnnotatedPropertyByTheProfile() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CreditPrivacyModule(MaskingProfile.PUBLIC)).build();
    JsonNode json = mapper.readTree(mapper.writeValueAsString(VIEW));
    assertThat(json.get("party").asText()).isEqualTo("欧阳**");
    assertThat(json.get("idNumber").asText()).isEqualTo("110108********002X");
    assertThat(json.get("mobile").isNull()).isTrue();
    assertThat(json.get("landlineAsNumber").asText()).isEqualTo("138****8000");
    assertThat(json.get("witnesses").get(0).asText()).isEqualTo("张**");
    assertThat(json.get("witnesses").get(1).asText()).isEqualTo("阿***·***");
    assertThat(json.get("accounts").get("工商银行").asText()).isEqualTo("***************0128");
    assertThat(json.get("creditCode").asText()).isEqualTo("91640300MA76ABCD1B");
    assertThat(json.get("decisionNumber").asText()).isEqualTo("青市监罚〔2023〕15号");
    assertThat(json.toString()).doesNotContain("娜娜", "19790815", "13800138000", "三丰", "1234567890");
  }

  @Test
  void aRecordRoundTripsMasked() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CreditPrivacyModule(MaskingProfile.SUBJECT)).build();
    Party party = new Party("张三丰", "zhangsanfeng@example.com", "吴忠市");
    Party read = mapper.readValue(mapper.writeValueAsString(party), Party.class);
    assertThat(read).isEqualTo(new Party("张*丰", "zha*********@example.com", "吴忠市"));
  }

  @Test
  void withoutTheModuleNothingIsMaskedAndAnotherProfileMasksOtherwise() throws Exception {
    Party party = new Party("张三丰", "zhangsanfeng@example.com", "吴忠市");
    assertThat(JsonMapper.builder().build().writeValueAsString(party)).contains("张三丰");
    ObjectMapper publicMapper = JsonMapper.builder().addModule(new CreditPrivacyModule(MaskingProfile.PUBLIC)).build();
    assertThat(publicMapper.readTree(publicMapper.writeValueAsString(party)).get("name").asString()).isEqualTo("张**");
  }

  @Test
  void theModuleNeedsAProfile() {
    assertThatThrownBy(() -> new CreditPrivacyModule(null)).isInstanceOf(NullPointerException.class);
    assertThat(new CreditPrivacyModule(MaskingProfile.SHARING).profile()).isEqualTo(MaskingProfile.SHARING);
    assertThat(new CreditPrivacyModule(MaskingProfile.SHARING).getModuleName()).isEqualTo("CreditPrivacyModule");
  }
}
