package vn.vanthu.incoming.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentForm;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Urgency;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.incoming.IncomingDetails;

/**
 * The receive form of the web UI: the metadata of Decree 30 Appendix VI as a clerk types it, the arrival time in
 * Vietnam's local time as the clerk reads it off the clock.
 */
class ReceiveForm {

    @Size(max = 13)
    private @Nullable String senderCode;
    @Size(max = 200)
    private @Nullable String senderName;
    @Size(max = 11)
    private @Nullable String codeNumber;
    @Size(max = 30)
    private @Nullable String codeNotation;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate promulgationDate;
    @NotNull
    private @Nullable DocumentType documentType = DocumentType.CONG_VAN;
    @NotBlank
    @Size(max = 500)
    private String subject = "";
    @Size(max = 50)
    private @Nullable String signerName;
    @Size(max = 100)
    private @Nullable String signerPosition;
    @NotNull
    private @Nullable Urgency urgency = Urgency.NORMAL;
    @NotNull
    private @Nullable Confidentiality confidentiality = Confidentiality.NONE;
    @Min(1)
    @Max(99_999)
    private @Nullable Integer pageCount;
    @NotNull
    private @Nullable DocumentForm form = DocumentForm.BORN_DIGITAL;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime arrivedAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deadline;
    private @Nullable UUID registerId;
    private boolean acceptDuplicate;

    boolean lacksSender() {
        return (senderName == null || senderName.isBlank()) && (senderCode == null || senderCode.isBlank());
    }

    IncomingDetails details() {
        return new IncomingDetails(senderCode, senderName, codeNumber, codeNotation, promulgationDate, documentType,
                subject, signerName, signerPosition, urgency, confidentiality, pageCount, form,
                arrivedAt == null ? null : arrivedAt.atZone(VietnamTime.ZONE).toInstant(), deadline, registerId,
                acceptDuplicate);
    }

    public @Nullable String getSenderCode() {
        return senderCode;
    }

    public void setSenderCode(@Nullable String senderCode) {
        this.senderCode = senderCode;
    }

    public @Nullable String getSenderName() {
        return senderName;
    }

    public void setSenderName(@Nullable String senderName) {
        this.senderName = senderName;
    }

    public @Nullable String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(@Nullable String codeNumber) {
        this.codeNumber = codeNumber;
    }

    public @Nullable String getCodeNotation() {
        return codeNotation;
    }

    public void setCodeNotation(@Nullable String codeNotation) {
        this.codeNotation = codeNotation;
    }

    public @Nullable LocalDate getPromulgationDate() {
        return promulgationDate;
    }

    public void setPromulgationDate(@Nullable LocalDate promulgationDate) {
        this.promulgationDate = promulgationDate;
    }

    public @Nullable DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(@Nullable DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public @Nullable String getSignerName() {
        return signerName;
    }

    public void setSignerName(@Nullable String signerName) {
        this.signerName = signerName;
    }

    public @Nullable String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(@Nullable String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public @Nullable Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(@Nullable Urgency urgency) {
        this.urgency = urgency;
    }

    public @Nullable Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(@Nullable Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public @Nullable Integer getPageCount() {
        return pageCount;
    }

    public void setPageCount(@Nullable Integer pageCount) {
        this.pageCount = pageCount;
    }

    public @Nullable DocumentForm getForm() {
        return form;
    }

    public void setForm(@Nullable DocumentForm form) {
        this.form = form;
    }

    public @Nullable LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(@Nullable LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public @Nullable LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable LocalDate deadline) {
        this.deadline = deadline;
    }

    public @Nullable UUID getRegisterId() {
        return registerId;
    }

    public void setRegisterId(@Nullable UUID registerId) {
        this.registerId = registerId;
    }

    public boolean isAcceptDuplicate() {
        return acceptDuplicate;
    }

    public void setAcceptDuplicate(boolean acceptDuplicate) {
        this.acceptDuplicate = acceptDuplicate;
    }
}
