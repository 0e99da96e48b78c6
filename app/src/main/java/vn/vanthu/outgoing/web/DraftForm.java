package vn.vanthu.outgoing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;
import vn.vanthu.incoming.IncomingView;
import vn.vanthu.outgoing.DeliveryRoute;
import vn.vanthu.outgoing.DraftDetails;
import vn.vanthu.outgoing.OutgoingView;
import vn.vanthu.outgoing.Recipient;
import vn.vanthu.outgoing.RecipientView;
import vn.vanthu.outgoing.SigningAuthority;

/**
 * The drafting form: the metadata, the recipients picked from the directory plus any typed one per line ("code |
 * name" for an agency outside the directory, a name alone for paper), and the main file uploaded or composed.
 */
public class DraftForm {

    private @NotNull DocumentType documentType = DocumentType.CONG_VAN;
    private @NotBlank @Size(max = 500) String subject = "";
    private @NotNull UUID signerId;
    private SigningAuthority authority = SigningAuthority.NONE;
    private @Nullable @Size(max = 100) String authorityOf;
    private @NotNull Urgency urgency = Urgency.NORMAL;
    private @NotNull Confidentiality confidentiality = Confidentiality.NONE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate replyDue;
    private @Nullable UUID answersIncomingId;
    private @Nullable UUID replacesId;
    private List<String> recipientCodes = new ArrayList<>();
    private @Nullable @Size(max = 5000) String otherRecipients;
    private String source = "compose";
    private @Nullable @Size(max = 100_000) String body;
    private @Nullable @Size(max = 100) String place;

    DraftDetails details() {
        List<Recipient> recipients = new ArrayList<>();
        recipientCodes.stream().filter(code -> !code.isBlank()).forEach(code -> recipients.add(new Recipient(code,
                null)));
        if (otherRecipients != null) {
            for (String line : otherRecipients.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int bar = line.indexOf('|');
                recipients.add(bar < 0 ? new Recipient(null, line.strip())
                        : new Recipient(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
        }
        return new DraftDetails(documentType, subject, signerId, authority, authorityOf, urgency, confidentiality,
                recipients, replyDue, answersIncomingId, replacesId, null);
    }

    /** A replacement starts from the document it replaces: same type, subject, signer and recipients. */
    void startFrom(OutgoingView older) {
        replacesId = older.id();
        documentType = older.documentType();
        subject = older.subject();
        signerId = older.signerId();
        authority = older.authority();
        authorityOf = older.authorityOf();
        urgency = older.urgency();
        recipientCodes = new ArrayList<>(older.recipients().stream()
                .filter(r -> r.delivery() == DeliveryRoute.INTERNAL).map(RecipientView::agencyCode).toList());
        List<String> others = older.recipients().stream().filter(r -> r.delivery() != DeliveryRoute.INTERNAL)
                .map(r -> r.agencyCode() == null ? r.name() : r.agencyCode() + " | " + r.name()).toList();
        otherRecipients = others.isEmpty() ? null : String.join("\n", others);
        body = older.versions().get(older.versions().size() - 1).body();
    }

    /** A reply to an incoming document: it answers it, goes back to its sender, and is due when it is. */
    void answer(IncomingView answered) {
        answersIncomingId = answered.id();
        subject = "V/v trả lời " + (answered.numberAndNotation() == null ? "văn bản"
                : "văn bản số " + answered.numberAndNotation()) + " của " + answered.senderName();
        if (answered.senderCode() != null) {
            recipientCodes = new ArrayList<>(List.of(answered.senderCode().value()));
        } else {
            otherRecipients = answered.senderName();
        }
    }

    boolean composing() {
        return !"upload".equals(source);
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public UUID getSignerId() {
        return signerId;
    }

    public void setSignerId(UUID signerId) {
        this.signerId = signerId;
    }

    public SigningAuthority getAuthority() {
        return authority;
    }

    public void setAuthority(SigningAuthority authority) {
        this.authority = authority;
    }

    public @Nullable String getAuthorityOf() {
        return authorityOf;
    }

    public void setAuthorityOf(@Nullable String authorityOf) {
        this.authorityOf = authorityOf;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public @Nullable LocalDate getReplyDue() {
        return replyDue;
    }

    public void setReplyDue(@Nullable LocalDate replyDue) {
        this.replyDue = replyDue;
    }

    public @Nullable UUID getAnswersIncomingId() {
        return answersIncomingId;
    }

    public void setAnswersIncomingId(@Nullable UUID answersIncomingId) {
        this.answersIncomingId = answersIncomingId;
    }

    public @Nullable UUID getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(@Nullable UUID replacesId) {
        this.replacesId = replacesId;
    }

    public List<String> getRecipientCodes() {
        return recipientCodes;
    }

    public void setRecipientCodes(List<String> recipientCodes) {
        this.recipientCodes = recipientCodes == null ? new ArrayList<>() : recipientCodes;
    }

    public @Nullable String getOtherRecipients() {
        return otherRecipients;
    }

    public void setOtherRecipients(@Nullable String otherRecipients) {
        this.otherRecipients = otherRecipients;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }
}
