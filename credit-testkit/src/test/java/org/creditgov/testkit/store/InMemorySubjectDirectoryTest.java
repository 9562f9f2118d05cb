package org.creditgov.testkit.store;

import org.creditgov.rules.designation.SubjectDirectory;

/** The subject directory's contract (DES-7, PRI-1, PRI-3) on credit-rules' in-memory directory: the reference. */
class InMemorySubjectDirectoryTest extends SubjectDirectoryContract {

  @Override
  protected SubjectDirectory newDirectory() {
    return SubjectDirectory.inMemory();
  }
}
