package org.creditgov.core.catalog.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.Optional;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.Category;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.PublicationRule;
import org.creditgov.core.catalog.SharingAttribute;
import org.creditgov.core.io.JsonInput;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;

/** Writes a catalog in the format {@link DocumentReader} reads, every legal basis inline. */
final class CatalogWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CatalogWriter() {}

  static String write(Catalog c) {
    ObjectNode o = F.objectNode();
    o.put("format", DocumentReader.CATALOG_FORMAT);
    o.put("id", c.id());
    ObjectNode title = o.putObject("title");
    title.put("zh", c.titleZh());
    c.titleEn().ifPresent(en -> title.put("en", en));
    o.put("edition", c.edition());
    o.put("jurisdiction", c.jurisdiction().code());
    o.set("effective", period(c.effective()));
    o.set("legalBasis", basis(c.legalBasis()));
    o.put("example", c.example());
    c.source().ifPresent(s -> o.put("source", s));
    strings(o, "unconfirmed", c.unconfirmed());
    ArrayNode categories = o.putArray("categories");
    for (Category cat : c.categories()) {
      ObjectNode n = categories.addObject();
      n.put("code", cat.code());
      ObjectNode name = n.putObject("name");
      name.put("zh", cat.nameZh());
      name.put("en", cat.nameEn());
      strings(n, "unconfirmed", cat.unconfirmed());
    }
    ArrayNode items = o.putArray("items");
    c.items().forEach(item -> items.add(item(item)));
    try {
      return JsonInput.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of strings, numbers and booleans always serialises
    }
  }

  private static ObjectNode item(CatalogItem item) {
    ObjectNode n = F.objectNode();
    n.put("code", item.code());
    ObjectNode name = n.putObject("name");
    name.put("zh", item.nameZh());
    name.put("en", item.nameEn());
    n.put("category", item.categoryCode());
    ArrayNode types = n.putArray("subjectTypes");
    item.subjectTypes().forEach(t -> types.add(t.name()));
    n.put("sourceDepartment", item.sourceDepartment());
    ArrayNode bases = n.putArray("legalBases");
    item.legalBases().forEach(b -> bases.add(basis(b)));
    ObjectNode sharing = n.putObject("sharing");
    sharing.put("kind", item.sharing().kind().name());
    if (item.sharing().kind() == SharingAttribute.Kind.CONDITIONAL) {
      strings(sharing, "recipients", item.sharing().recipients());
    }
    n.put("disclosure", item.disclosure().name());
    item.publication().ifPresent(rule -> n.set("publication", rule(rule)));
    if (!item.severityClasses().isEmpty()) {
      ArrayNode classes = n.putArray("severityClasses");
      item.severityClasses().forEach(c -> classes.add(c.name()));
    }
    n.put("updateDeadlineWorkingDays", item.updateDeadlineWorkingDays());
    ArrayNode fields = n.putArray("fields");
    item.fields().forEach(f -> fields.add(field(f)));
    item.source().ifPresent(s -> n.put("source", s));
    strings(n, "unconfirmed", item.unconfirmed());
    return n;
  }

  private static ObjectNode field(FieldSpec f) {
    ObjectNode n = F.objectNode();
    n.put("name", f.name());
    f.label().ifPresent(l -> n.put("label", l));
    n.put("type", f.type().name());
    n.put("required", f.required());
    n.put("sensitivity", f.sensitivity().name());
    f.format().ifPresent(x -> n.put("format", x.name()));
    f.maxLength().ifPresent(m -> n.put("maxLength", m));
    return n;
  }

  private static ObjectNode rule(PublicationRule rule) {
    ObjectNode n = F.objectNode();
    n.put("rule", rule.kind().name());
    if (!rule.series().isEmpty()) {
      strings(n, "series", rule.series());
    }
    put(n, "minimum", rule.minimum());
    put(n, "maximum", rule.maximum());
    return n;
  }

  private static void put(ObjectNode n, String key, Optional<Period> p) {
    p.ifPresent(x -> n.put(key, x.toString()));
  }

  private static ObjectNode basis(LegalBasis b) {
    ObjectNode n = F.objectNode();
    n.put("level", b.level().name());
    n.put("issuer", b.issuer());
    n.put("title", b.title());
    b.documentNumber().ifPresent(x -> n.put("documentNumber", x));
    b.article().ifPresent(x -> n.put("article", x));
    n.set("effective", period(b.effective()));
    b.jurisdiction().ifPresent(j -> n.put("jurisdiction", j.code()));
    return n;
  }

  private static ObjectNode period(EffectivePeriod p) {
    ObjectNode n = F.objectNode();
    n.put("from", p.from().toString());
    p.until().ifPresent(u -> n.put("until", u.toString()));
    return n;
  }

  private static void strings(ObjectNode n, String key, Iterable<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    if (!a.isEmpty()) {
      n.set(key, a);
    }
  }
}
