package org.kesher.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kesher.cases.entity.Channel;
import org.kesher.intake.control.AttachmentRules;
import org.kesher.intake.control.IncomingFile;
import org.kesher.intake.control.Intake;
import org.kesher.intake.control.IntakeTurns;
import org.kesher.intake.control.InvalidRequest;
import org.kesher.intake.control.InvalidRequest.FieldProblem;
import org.kesher.intake.control.Receipt;
import org.kesher.intake.control.ResidentChanges;
import org.kesher.intake.control.SubmissionThrottle;
import org.kesher.intake.control.TrackedCase;
import org.kesher.intake.control.TrackingThrottle;

/**
 * Residents' requests over JSON: open one, follow it with its reference and tracking code. One
 * instance serves every request (the request's URI and servlet request come as Jersey's proxies):
 * creating and injecting it per request was a tenth of the time of a refused request (bench).
 */
@Path("requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {

  public static final String TRACKING_CODE = "X-Tracking-Code";

  /** The answer to a new request; the tracking code appears here and nowhere else. */
  public record ReceiptView(
      String reference, String trackingCode, String status, Instant expectedResponseBy) {}

  @Inject Intake intake;

  @Inject IntakeTurns turns;

  @Inject TrackingChanges changes;

  @Inject TrackingThrottle throttle;

  @Inject SubmissionThrottle submissions;

  @Context UriInfo uri;

  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Open a request: requestType, locality, language, name, phone, email, emailSafe,"
              + " consent, anonymous, and the type's own fields under answers")
  public Response open(JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequestException();
    }
    mayOpen();
    return created(turns.open(() -> intake.open(body.asJsonObject(), Channel.API)));
  }

  /** Counts a submission against the client's hourly allowance: 429 when it is used up. */
  private void mayOpen() {
    if (!submissions.tryOpen(request.getRemoteAddr())) {
      throw new WebApplicationException(
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .header("Retry-After", submissions.retryAfterSeconds())
              .build());
    }
  }

  private Response created(Receipt receipt) {
    return Response.created(
            uri.getAbsolutePathBuilder().path(receipt.reference().toString()).build())
        .cacheControl(noStore())
        .entity(
            new ReceiptView(
                receipt.reference().toString(),
                receipt.trackingCode(),
                receipt.status().name(),
                receipt.expectedResponseBy()))
        .build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Open a request with attachments: part 'request' holds the JSON body, up to five parts"
              + " 'attachments' hold PDF, JPEG, PNG or DOCX files of at most 10 MB")
  public Response openWithFiles(List<EntityPart> parts) {
    mayOpen();
    JsonObject body = null;
    List<IncomingFile> files = new ArrayList<>();
    for (EntityPart part : parts) {
      switch (part.getName()) {
        case "request" -> body = jsonObject(part);
        case "attachments" -> files.add(file(part));
        default ->
            throw new InvalidRequest(List.of(new FieldProblem(part.getName(), "unknown-field")));
      }
    }
    if (body == null) {
      throw new InvalidRequest(List.of(new FieldProblem("request", "required")));
    }
    JsonObject json = body;
    return created(turns.open(() -> intake.open(json, files, Channel.API)));
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "Status and public timeline; the tracking code goes in X-Tracking-Code")
  public Response track(
      @PathParam("reference") String reference, @HeaderParam(TRACKING_CODE) String code) {
    return answer(reference, () -> intake.track(reference, code));
  }

  @POST
  @Path("{reference}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add the resident's reply {\"message\": \"...\"}; the tracking code goes in"
              + " X-Tracking-Code. Answers the case as it is after the reply.")
  public Response reply(
      @PathParam("reference") String reference,
      @HeaderParam(TRACKING_CODE) String code,
      JsonValue body) {
    if (body == null
        || body.getValueType() != JsonValue.ValueType.OBJECT
        || !body.asJsonObject().keySet().stream().allMatch("message"::equals)) {
      throw new BadRequestException();
    }
    JsonValue message = body.asJsonObject().get("message");
    if (message != null && !(message instanceof JsonString)) {
      throw new InvalidRequest(List.of(new FieldProblem("message", "wrong-type")));
    }
    String text = message == null ? null : ((JsonString) message).getString();
    return answer(reference, () -> intake.reply(reference, code, text, List.of()));
  }

  @POST
  @Path("{reference}/replies")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Add the resident's reply with attachments: part 'message' holds the text, up to five"
              + " parts 'attachments' the files; the tracking code goes in X-Tracking-Code")
  public Response replyWithFiles(
      @PathParam("reference") String reference,
      @HeaderParam(TRACKING_CODE) String code,
      List<EntityPart> parts) {
    String text = null;
    List<IncomingFile> files = new ArrayList<>();
    for (EntityPart part : parts) {
      switch (part.getName()) {
        case "message" -> text = read(part, String.class);
        case "attachments" -> files.add(file(part));
        default ->
            throw new InvalidRequest(List.of(new FieldProblem(part.getName(), "unknown-field")));
      }
    }
    String message = text;
    return answer(reference, () -> intake.reply(reference, code, message, files));
  }

  @POST
  @Path("{reference}/consent")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A party's answer to their invitation {\"answer\": \"ACCEPT\" | \"DECLINE\" |"
              + " \"WITHDRAW\"}; the party's own tracking code goes in X-Tracking-Code")
  public Response consent(
      @PathParam("reference") String reference,
      @HeaderParam(TRACKING_CODE) String code,
      JsonValue body) {
    ResidentChanges.PartyAnswer given;
    try {
      given =
          ResidentChanges.PartyAnswer.valueOf(
              body.asJsonObject().getString("answer", "").toUpperCase(java.util.Locale.ROOT));
    } catch (RuntimeException notAnAnswer) {
      throw new InvalidRequest(List.of(new FieldProblem("answer", "invalid")));
    }
    return answer(
        reference,
        () ->
            changes.answer(reference, code, given)
                ? intake.track(reference, code)
                : Optional.empty());
  }

  private static JsonObject jsonObject(EntityPart part) {
    JsonValue value = read(part, JsonValue.class);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequestException();
    }
    return value.asJsonObject();
  }

  private static IncomingFile file(EntityPart part) {
    try (InputStream content = part.getContent()) {
      return new IncomingFile(
          part.getFileName().orElse(null), content.readNBytes(AttachmentRules.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new BadRequestException(e);
    }
  }

  private static <T> T read(EntityPart part, Class<T> type) {
    try {
      return part.getContent(type);
    } catch (IOException e) {
      throw new BadRequestException(e);
    }
  }

  /** Tracking and replying alike: throttled, and the same 404 for a wrong code as for none. */
  private Response answer(String reference, Supplier<Optional<TrackedCase>> action) {
    String client = request.getRemoteAddr();
    if (!throttle.mayTry(client, reference)) {
      throw new WebApplicationException(
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .header("Retry-After", throttle.retryAfterSeconds())
              .build());
    }
    Optional<TrackedCase> found = action.get();
    if (found.isEmpty()) {
      throttle.failed(client, reference);
      throw new NotFoundException();
    }
    return Response.ok(TrackingView.of(found.get())).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    var cache = new CacheControl();
    cache.setNoStore(true);
    return cache;
  }
}
