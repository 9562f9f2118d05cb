package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Jackson and the schema validator are optional dependencies of credit-core: a catalog built in
 * code, its registry and the record check run in a class loader holding credit-core's classes,
 * Guava, SLF4J and JSpecify and no JSON library at all (only reading files needs them).
 */
class CatalogWithoutJacksonTest {

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCatalogBuiltInCodeIsCheckedWithoutJackson() throws Exception {
    URL[] path = {
      locationOf(Catalog.class),
      locationOf(WithoutJacksonScenario.class),
      locationOf(com.google.common.collect.ImmutableList.class),
      locationOf(org.slf4j.Logger.class),
      locationOf(org.jspecify.annotations.Nullable.class),
    };
    try (URLClassLoader loader = new URLClassLoader(path, null)) {
      assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(() -> loader.loadClass("tools.jackson.databind.ObjectMapper"));
      assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
      assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(() -> loader.loadClass("com.networknt.schema.Schema"));
      Class<?> scenario = loader.loadClass(WithoutJacksonScenario.class.getName());
      assertThat(scenario.getClassLoader()).isSameAs(loader);
      String answer = ((Supplier<String>) scenario.getConstructor().newInstance()).get();
      assertThat(answer).startsWith("REFUSED|catalog.FIELD_MISSING|").contains("“测试信息项”").contains("“note”");
    }
  }
}
