package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.FormDefinition.FieldDefinition;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

class IntakeRulesTest {

  static final FormDefinition MEDIATION =
      new FormDefinition(
          "MEDIATION",
          false,
          List.of(
              new FieldDefinition("other_party_name", FieldDatatype.TEXT, true, 200, List.of()),
              new FieldDefinition(
                  "relationship",
                  FieldDatatype.CHOICE,
                  true,
                  null,
                  List.of("SAME_BUILDING", "OTHER")),
              new FieldDefinition(
                  "other_party_aware", FieldDatatype.BOOLEAN, false, null, List.of())));
  static final FormDefinition PROTECTION =
      new FormDefinition(
          "PROTECTION_CONTACT",
          true,
          List.of(
              new FieldDefinition("description", FieldDatatype.TEXTAREA, true, 4000, List.of())));
  static final FormDefinition VOLUNTEER =
      new FormDefinition(
          "VOLUNTEER",
          false,
          List.of(
              new FieldDefinition(
                  "availability",
                  FieldDatatype.MULTI_CHOICE,
                  true,
                  null,
                  List.of("WEEKENDS", "EMERGENCIES")),
              new FieldDefinition("household_size", FieldDatatype.NUMBER, false, null, List.of())),
          List.of("GOOD_DEEDS_DAY", "VOLUNTEER_RECRUITMENT"));

  private static final Map<String, FormDefinition> FORMS =
      Map.of("MEDIATION", MEDIATION, "PROTECTION_CONTACT", PROTECTION, "VOLUNTEER", VOLUNTEER);

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private static Submission check(String body) {
    return IntakeRules.check(
        json(body), code -> Optional.ofNullable(FORMS.get(code)), Set.of("ALUMA", "HAIFA"));
  }

  private static List<FieldProblem> problems(String body) {
    return assertThrows(InvalidRequest.class, () -> check(body)).problems();
  }

  @Test
  void acceptsAGoodMediationRequest() {
    Submission ok =
        check(
            "{'requestType':'MEDIATION','locality':'HAIFA','language':'ar','name':' רות ',"
                + "'phone':'050-1234567','consent':true,'answers':{'other_party_name':'משה',"
                + "'relationship':'SAME_BUILDING','other_party_aware':false}}");
    assertEquals("MEDIATION", ok.requestType());
    assertEquals(Language.AR, ok.language());
    assertEquals("רות", ok.requester().name());
    assertEquals("משה", ok.answers().getString("other_party_name"));
  }

  @Test
  void reportsEveryProblemAtOnceWithTheFieldsPath() {
    var found =
        problems(
            "{'requestType':'MEDIATION','locality':'TEL_AVIV','name':'','email':'not-an-email',"
                + "'colour':'blue','answers':{'relationship':'ENEMY','shoe_size':42}}");
    assertTrue(found.contains(new FieldProblem("colour", "unknown-field")), found.toString());
    assertTrue(found.contains(new FieldProblem("locality", "not-an-option")));
    assertTrue(found.contains(new FieldProblem("name", "required")));
    assertTrue(found.contains(new FieldProblem("email", "invalid-email")));
    assertTrue(found.contains(new FieldProblem("consent", "consent-required")));
    assertTrue(found.contains(new FieldProblem("answers.other_party_name", "required")));
    assertTrue(found.contains(new FieldProblem("answers.relationship", "not-an-option")));
    assertTrue(found.contains(new FieldProblem("answers.shoe_size", "unknown-field")));
  }

  @Test
  void aRequestMayNameOnlyAProgrammeItsTypeFits() {
    String volunteer =
        "{'requestType':'VOLUNTEER','name':'x','phone':'0501234567','consent':true,"
            + "'answers':{'availability':['WEEKENDS']}";
    assertEquals("GOOD_DEEDS_DAY", check(volunteer + ",'programme':'GOOD_DEEDS_DAY'}").programme());
    assertEquals(null, check(volunteer + "}").programme(), "naming none is fine");
    assertEquals(
        List.of(new FieldProblem("programme", "not-an-option")),
        problems(volunteer + ",'programme':'HOLOCAUST_SURVIVORS_RIGHTS'}"),
        "another type's programme");
    assertEquals(
        List.of(new FieldProblem("programme", "not-an-option")),
        problems(
            "{'requestType':'PROTECTION_CONTACT','anonymous':true,'consent':true,"
                + "'programme':'GOOD_DEEDS_DAY','answers':{'description':'x'}}"),
        "a type without programmes names none");
  }

  @Test
  void anUnknownTypeOrAWrongTypeOfValueIsNamed() {
    assertTrue(
        problems("{'requestType':'PIZZA','name':'x','phone':'0501234567','consent':true}")
            .contains(new FieldProblem("requestType", "unknown-request-type")));
    assertTrue(
        problems("{'requestType':7,'consent':'yes'}")
            .containsAll(
                List.of(
                    new FieldProblem("requestType", "wrong-type"),
                    new FieldProblem("consent", "wrong-type"))));
    var volunteer =
        problems(
            "{'requestType':'VOLUNTEER','name':'x','phone':'0501234567','consent':true,"
                + "'answers':{'availability':'WEEKENDS','household_size':2.5}}");
    assertTrue(volunteer.contains(new FieldProblem("answers.availability", "wrong-type")));
    assertTrue(volunteer.contains(new FieldProblem("answers.household_size", "not-a-number")));
  }

  @Test
  void anonymityOnlyWhereTheTypeAllowsItAndThenWithoutContact() {
    Submission anonymous =
        check(
            "{'requestType':'PROTECTION_CONTACT','locality':'ALUMA','anonymous':true,"
                + "'consent':true,'answers':{'description':'...'}}");
    assertTrue(anonymous.requester().isAnonymous());
    assertTrue(
        problems(
                "{'requestType':'MEDIATION','anonymous':true,'consent':true,'answers':"
                    + "{'other_party_name':'a','relationship':'OTHER'}}")
            .contains(new FieldProblem("anonymous", "anonymous-not-allowed")));
    assertTrue(
        problems(
                "{'requestType':'PROTECTION_CONTACT','anonymous':true,'name':'x','consent':true,"
                    + "'answers':{'description':'...'}}")
            .contains(new FieldProblem("anonymous", "anonymous-with-contact")));
    assertTrue(
        problems(
                "{'requestType':'MEDIATION','name':'x','consent':true,'answers':"
                    + "{'other_party_name':'a','relationship':'OTHER'}}")
            .contains(new FieldProblem("phone", "contact-required")));
  }
}
