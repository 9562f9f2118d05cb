package org.creditgov.examples.service;

import java.time.Clock;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.SubjectDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /subjects}: keeps a subject's details in the {@link SubjectDirectory}, the one place
 * they live (DES-7, PRI-1); commands and requests then name the subject by reference only. The
 * answer is the subject masked.
 */
@RestController
class SubjectController {

  /**
   * A subject's details as a client sends them.
   *
   * @param type {@code NATURAL_PERSON} or an organisation's subject type ({@code LEGAL_PERSON} …)
   * @param identifier a person's identity number or an organisation's credit code
   * @param name the name
   */
  record SubjectDetails(SubjectType type, String identifier, String name) {}

  private final SubjectDirectory subjects;
  private final ResidentIdNumber.Parser ids;

  SubjectController(SubjectDirectory subjects, Clock clock) {
    this.subjects = subjects;
    this.ids = ResidentIdNumber.parser(clock);
  }

  /** Keeps the subject; answers it masked. */
  @PostMapping(path = "/subjects", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<MaskedSubject> put(@RequestBody SubjectDetails details) {
    Subject subject = details.type() == SubjectType.NATURAL_PERSON
        ? NaturalPerson.of(details.name(), ids.parse(details.identifier()))
        : Organisation.of(details.type(), UnifiedSocialCreditCode.parse(details.identifier()), details.name());
    var unused = subjects.put(subject);
    return ResponseEntity.status(HttpStatus.CREATED).body(MaskedSubject.of(subject));
  }
}
