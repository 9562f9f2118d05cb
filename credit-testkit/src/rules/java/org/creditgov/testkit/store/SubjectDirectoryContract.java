package org.creditgov.testkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.MaskedSubject;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.testkit.PersonalDataInText;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.SubjectGenerators;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SubjectDirectory} (DES-7, PRI-1, PRI-3), for any implementation: extend
 * it and make {@link #newDirectory()} return an empty directory. Each clause of the interface's
 * Javadoc is a test, over subjects of every kind ({@link SubjectGenerators}: persons with each kind
 * of identity document, organisations of each type) — a put keeps the details under the subject's
 * reference and replaces what was kept there, whether full, masked or erased; a mask replaces the
 * details by the masked view and answers whether there were details; an erasure forgets both and
 * answers whether anything was kept; 8 threads putting one subject at once all succeed, and of 8
 * masking (or erasing) it exactly one answers true; printing the directory shows no personal data —
 * and a seeded property runs random sequences of put, find, masked, mask and erase against a model
 * (the in-memory directory's semantics), naming the failing seed.
 *
 * <pre>{@code
 * class MySubjectDirectoryTest extends SubjectDirectoryContract {
 *   protected SubjectDirectory newDirectory() { return new MySubjectDirectory(freshDatabase()); }
 * }
 * }</pre>
 */
public abstract class SubjectDirectoryContract {

  /** The seeds of the property by default. */
  public static final int SEEDS = 16;
  private static final int OPERATIONS = 60;
  private static final int REFERENCES = 6;
  private static final int THREADS = 8;

  /** For subclasses. */
  protected SubjectDirectoryContract() {}

  /** A new, empty directory; called at the start of each test, and once per seed by the property. */
  protected abstract SubjectDirectory newDirectory();

  /** How many seeds the property runs ({@value #SEEDS} by default). */
  protected int seeds() {
    return SEEDS;
  }

  private static SplittableRandom random() {
    return new SplittableRandom(20260602L);
  }

  @Test
  @DisplayName("DES-7: a put answers the subject's reference; its details are found equal and its masked view beside them, for every kind of subject")
  void putKeepsTheDetailsOfEveryKindOfSubject() {
    SubjectDirectory directory = newDirectory();
    ImmutableList<Subject> subjects = SubjectGenerators.everyKind(random());
    for (Subject s : subjects) {
      assertEquals(SubjectRef.of(s), directory.put(s), "the reference a put answers");
    }
    for (Subject s : subjects) {
      SubjectRef ref = SubjectRef.of(s);
      assertEquals(Optional.of(s), directory.find(ref), "the details of " + s.type());
      assertEquals(Optional.of(MaskedSubject.of(s)), directory.masked(ref), "the masked view of " + s.type());
    }
    SubjectRef unknown = SubjectRef.of(SubjectType.NATURAL_PERSON, "NEVER-PUT");
    assertEquals(Optional.empty(), directory.find(unknown), "an unknown reference's details");
    assertEquals(Optional.empty(), directory.masked(unknown), "an unknown reference's masked view");
  }

  @Test
  @DisplayName("DES-7: a put replaces what is kept under the reference, whether full, masked or erased")
  void putReplacesWhatIsKept() {
    SubjectDirectory directory = newDirectory();
    SplittableRandom r = random();
    for (Subject first : SubjectGenerators.everyKind(r)) {
      SubjectRef ref = directory.put(first);
      Subject second = SubjectGenerators.variant(r, first);
      assertEquals(ref, directory.put(second), "the same reference");
      assertEquals(Optional.of(second), directory.find(ref), "full, replaced");
      assertEquals(Optional.of(MaskedSubject.of(second)), directory.masked(ref), "the masked view, replaced");
      assertTrue(directory.mask(ref), "masked");
      Subject third = SubjectGenerators.variant(r, second);
      assertEquals(ref, directory.put(third));
      assertEquals(Optional.of(third), directory.find(ref), "masked, replaced by full details");
      assertEquals(Optional.of(MaskedSubject.of(third)), directory.masked(ref), "its masked view");
      assertTrue(directory.erase(ref), "erased");
      assertEquals(ref, directory.put(first));
      assertEquals(Optional.of(first), directory.find(ref), "erased, put again");
    }
  }

  @Test
  @DisplayName("PRI-3: a mask replaces the details by the masked view, true only once; an unknown reference is not masked; others are untouched")
  void maskKeepsOnlyTheMaskedView() {
    SubjectDirectory directory = newDirectory();
    ImmutableList<Subject> subjects = SubjectGenerators.everyKind(random());
    subjects.forEach(s -> assertEquals(SubjectRef.of(s), directory.put(s)));
    for (int i = 0; i < subjects.size(); i++) {
      SubjectRef ref = SubjectRef.of(subjects.get(i));
      assertTrue(directory.mask(ref), "full details were kept");
      assertEquals(Optional.empty(), directory.find(ref), "the details, masked");
      assertEquals(Optional.of(MaskedSubject.of(subjects.get(i))), directory.masked(ref), "the masked view is kept");
      assertFalse(directory.mask(ref), "masking a masked subject");
      for (int j = i + 1; j < subjects.size(); j++) {
        assertEquals(Optional.of(subjects.get(j)), directory.find(SubjectRef.of(subjects.get(j))), "another subject");
      }
    }
    assertFalse(directory.mask(SubjectRef.of(SubjectType.LEGAL_PERSON, "NEVER-PUT")), "an unknown reference");
    assertEquals(Optional.empty(), directory.masked(SubjectRef.of(SubjectType.LEGAL_PERSON, "NEVER-PUT")),
        "a mask creates nothing");
  }

  @Test
  @DisplayName("PRI-1: an erasure forgets the details and the masked view, full or masked, and answers whether anything was kept")
  void eraseForgetsEverything() {
    SubjectDirectory directory = newDirectory();
    SplittableRandom r = random();
    for (Subject s : SubjectGenerators.everyKind(r)) {
      SubjectRef ref = directory.put(s);
      assertTrue(directory.erase(ref), "a full subject erased");
      assertEquals(Optional.empty(), directory.find(ref), "its details");
      assertEquals(Optional.empty(), directory.masked(ref), "its masked view");
      assertFalse(directory.erase(ref), "erased again");
      assertFalse(directory.mask(ref), "masked after the erasure");
      assertEquals(ref, directory.put(s));
      assertTrue(directory.mask(ref));
      assertTrue(directory.erase(ref), "a masked subject erased");
      assertEquals(Optional.empty(), directory.masked(ref), "its masked view");
    }
    assertFalse(directory.erase(SubjectRef.of(SubjectType.NATURAL_PERSON, "NEVER-PUT")), "an unknown reference");
  }

  @Test
  @DisplayName("DES-7: one credit code under two organisation types is two references, kept apart")
  void theTypeIsPartOfTheReference() {
    SubjectDirectory directory = newDirectory();
    SplittableRandom r = random();
    Organisation company = SubjectGenerators.organisation(r, SubjectType.LEGAL_PERSON);
    UnifiedSocialCreditCode code = company.creditCode();
    Organisation business = Organisation.of(SubjectType.INDIVIDUAL_BUSINESS, code, "同码个体户");
    SubjectRef a = directory.put(company);
    SubjectRef b = directory.put(business);
    assertNotEquals(a, b, "two references");
    assertEquals(Optional.of(company), directory.find(a));
    assertEquals(Optional.of(business), directory.find(b));
    assertTrue(directory.erase(a));
    assertEquals(Optional.of(business), directory.find(b), "the other type's subject is kept");
    assertEquals(Optional.empty(), directory.masked(SubjectRef.of(SubjectType.UNINCORPORATED_ORGANISATION, code.value())));
  }

  @Test
  @DisplayName("DES-7: null arguments are refused with a NullPointerException")
  void nullsAreRefused() {
    SubjectDirectory directory = newDirectory();
    assertThrows(NullPointerException.class, () -> directory.put(nothing()), "put");
    assertThrows(NullPointerException.class, () -> directory.find(nothing()), "find");
    assertThrows(NullPointerException.class, () -> directory.masked(nothing()), "masked");
    assertThrows(NullPointerException.class, () -> directory.mask(nothing()), "mask");
    assertThrows(NullPointerException.class, () -> directory.erase(nothing()), "erase");
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"}) // on purpose: the contract refuses nulls
  private static <T> T nothing() {
    return null;
  }

  @Test
  @DisplayName("PRI-3: printing the directory shows no name, identifier or birth date of what it keeps")
  void printingShowsNoPersonalData() {
    SubjectDirectory directory = newDirectory();
    List<NaturalPerson> persons = new ArrayList<>();
    SplittableRandom r = random();
    for (Subject s : SubjectGenerators.everyKind(r)) {
      if (s instanceof NaturalPerson p) {
        persons.add(p);
        assertEquals(SubjectRef.of(p), directory.put(p));
      }
    }
    String text = directory.toString();
    assertEquals(List.of(), PersonalDataInText.find(text), "personal data in " + directory.getClass().getSimpleName());
    for (NaturalPerson p : persons) {
      assertFalse(text.contains(p.name()), "a name");
      assertFalse(text.contains(p.document().number()), "an identifier");
      assertFalse(text.contains(p.birthDate().toString()), "a birth date");
    }
  }

  @Test
  @DisplayName("DES-7: " + THREADS + " threads putting one subject at once all succeed, and one of their puts is kept whole")
  void concurrentPutsOfOneSubjectAllSucceed() throws Exception {
    SubjectDirectory directory = newDirectory();
    SplittableRandom r = random();
    for (Subject first : List.<Subject>of(SubjectGenerators.person(r, IdentityDocument.Kind.RESIDENT_ID),
        SubjectGenerators.organisation(r, SubjectType.LEGAL_PERSON))) {
      List<Subject> variants = new ArrayList<>();
      variants.add(first);
      while (variants.size() < THREADS) {
        variants.add(SubjectGenerators.variant(r, variants.get(variants.size() - 1)));
      }
      SubjectRef ref = SubjectRef.of(first);
      List<SubjectRef> answers = atOnce(i -> directory.put(variants.get(i)));
      answers.forEach(a -> assertEquals(ref, a, "every put's answer"));
      Subject kept = directory.find(ref).orElseThrow(() -> new AssertionError("nothing kept"));
      assertTrue(variants.contains(kept), "the details kept are one put's");
      assertEquals(Optional.of(MaskedSubject.of(kept)), directory.masked(ref), "the masked view is the same put's");
    }
  }

  @Test
  @DisplayName("PRI-3, PRI-1: of " + THREADS + " threads masking one subject exactly one answers true, and of " + THREADS + " erasing it too")
  void ofConcurrentMasksAndErasuresExactlyOneWins() throws Exception {
    SubjectDirectory directory = newDirectory();
    Subject s = SubjectGenerators.person(random(), IdentityDocument.Kind.PASSPORT);
    SubjectRef ref = directory.put(s);
    assertEquals(1, atOnce(i -> directory.mask(ref)).stream().filter(b -> b).count(), "masks that answered true");
    assertEquals(Optional.of(MaskedSubject.of(s)), directory.masked(ref), "the masked view");
    assertEquals(1, atOnce(i -> directory.erase(ref)).stream().filter(b -> b).count(), "erasures that answered true");
    assertEquals(Optional.empty(), directory.masked(ref), "nothing kept");
  }

  /** What {@code task} answers for 0 … {@value #THREADS}−1, the threads started together. */
  private static <T> List<T> atOnce(Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int n = i;
        Callable<T> call = () -> {
          start.await();
          return task.run(n);
        };
        futures.add(pool.submit(call));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> f : futures) {
        answers.add(f.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The work of one thread. */
  @FunctionalInterface
  private interface Task<T> {
    T run(int thread) throws Exception;
  }

  @Test
  @DisplayName("DES-7, PRI-1, PRI-3: random sequences of put, find, masked, mask and erase answer as the model does [seeded]")
  void randomSequencesAnswerAsTheModel() {
    var unused = Seeds.forEachSeed(seeds(), seed -> {
      SplittableRandom r = Seeds.random(seed);
      SubjectDirectory directory = newDirectory();
      List<Subject> pool = new ArrayList<>();
      for (int i = 0; i < REFERENCES; i++) {
        pool.add(SubjectGenerators.subject(r));
      }
      pool.add(SubjectGenerators.subject(r)); // never put: an unknown reference throughout
      Map<SubjectRef, Entry> model = new LinkedHashMap<>();
      for (int step = 0; step < OPERATIONS; step++) {
        int pick = r.nextInt(pool.size());
        Subject subject = pool.get(pick);
        SubjectRef ref = SubjectRef.of(subject);
        String at = "step " + step + " on reference " + pick + " (" + ref.type() + ")";
        switch (pick == pool.size() - 1 ? 1 + r.nextInt(4) : r.nextInt(6)) {
          case 0, 5 -> {
            Subject next = r.nextBoolean() ? subject : SubjectGenerators.variant(r, subject);
            pool.set(pick, next);
            assertEquals(ref, directory.put(next), at + ": put");
            model.put(ref, new Entry(next, MaskedSubject.of(next)));
          }
          case 1 -> {
            Entry e = model.get(ref);
            assertEquals(e == null ? Optional.empty() : Optional.ofNullable(e.subject()), directory.find(ref), at + ": find");
          }
          case 2 -> {
            Entry e = model.get(ref);
            assertEquals(e == null ? Optional.empty() : Optional.of(e.masked()), directory.masked(ref), at + ": masked");
          }
          case 3 -> {
            Entry e = model.get(ref);
            assertEquals(e != null && e.subject() != null, directory.mask(ref), at + ": mask");
            if (e != null) {
              model.put(ref, new Entry(null, e.masked()));
            }
          }
          default -> assertEquals(model.remove(ref) != null, directory.erase(ref), at + ": erase");
        }
      }
      for (Subject s : pool) {
        SubjectRef ref = SubjectRef.of(s);
        Entry e = model.get(ref);
        assertEquals(e == null ? Optional.empty() : Optional.ofNullable(e.subject()), directory.find(ref), "at the end: find");
        assertEquals(e == null ? Optional.empty() : Optional.of(e.masked()), directory.masked(ref), "at the end: masked");
      }
    });
  }

  /** The model's entry: the details (null once masked) and the masked view. */
  private record Entry(@Nullable Subject subject, MaskedSubject masked) {}
}
