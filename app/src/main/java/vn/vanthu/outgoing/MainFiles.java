package vn.vanthu.outgoing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.Urgency;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.outgoing.internal.DocxConversion;
import vn.vanthu.outgoing.internal.DraftComposer;
import vn.vanthu.outgoing.internal.DraftLayout;
import vn.vanthu.outgoing.internal.IssueFields;
import vn.vanthu.storage.ContentType;
import vn.vanthu.storage.FileNames;
import vn.vanthu.storage.Storage;
import vn.vanthu.storage.StoredFile;
import vn.vanthu.storage.Upload;

/**
 * Turns what a drafter gives into a main file every reviewer reads and the signer signs: an uploaded PDF, a DOCX
 * made into PDF by LibreOffice, or text composed into the Decree 30 layout. Each gets its empty number and date
 * fields before anyone signs, so the clerk's filling them in later does not break the official's signature.
 */
@Component
class MainFiles {

    private final Storage storage;
    private final DocxConversion conversion;
    private final DraftComposer composer;
    private final AgencyDirectory directory;

    MainFiles(Storage storage, DocxConversion conversion, AgencyDirectory directory) {
        this.storage = storage;
        this.conversion = conversion;
        this.composer = new DraftComposer();
        this.directory = directory;
    }

    /** Whether a DOCX can be uploaded, for the form to say so. */
    boolean convertsDocx() {
        return conversion.available();
    }

    MainFile uploaded(Upload upload) {
        StoredFile stored = storage.store(upload.content(), "file");
        String name = FileNames.clean(upload.fileName());
        if (ContentType.PDF.mimeType().equals(stored.contentType())) {
            return prepared(read(stored.sha256()), name, VersionSource.PDF, null, null);
        }
        if (ContentType.DOCX.mimeType().equals(stored.contentType())) {
            if (!conversion.available()) {
                throw new InvalidValue("file", "outgoing.docx.no-converter");
            }
            byte[] pdf;
            try {
                pdf = conversion.toPdf(read(stored.sha256()));
            } catch (IllegalStateException e) {
                throw new InvalidValue("file", "outgoing.docx.failed", name);
            }
            return prepared(pdf, FileNames.asPdf(name), VersionSource.DOCX, stored.sha256(), null);
        }
        throw new InvalidValue("file", "outgoing.main.pdf-or-docx");
    }

    /** An appendix: sent as a separate file, so it must be a PDF the agency signature can go on. */
    StoredFile appendix(Upload upload) {
        StoredFile stored = storage.store(upload.content(), "files");
        if (!ContentType.PDF.mimeType().equals(stored.contentType())) {
            throw new InvalidValue("files", "outgoing.appendix.pdf-only", FileNames.clean(upload.fileName()));
        }
        return stored;
    }

    MainFile composed(AgencyCode agency, Draft draft, @Nullable String draftingUnit, String body,
            @Nullable String place) {
        if (body.isBlank()) {
            throw new InvalidValue("body", "outgoing.body.required");
        }
        List<AgencyView> path = directory.path(agency);
        AgencyView own = path.get(path.size() - 1);
        AgencyView parent = path.size() > 1 ? path.get(path.size() - 2) : null;
        DraftDetails details = draft.details();
        Locale vi = Locale.forLanguageTag("vi");
        DraftLayout layout = new DraftLayout(
                parent == null || !own.name().startsWith("Sở") && !own.name().startsWith("Văn phòng") ? null
                        : parent.name().toUpperCase(vi),
                own.name().toUpperCase(vi),
                place == null || place.isBlank() ? Places.of(path) : place.strip(),
                Notation.of(details.documentType(), own.abbreviation(), draftingUnit),
                details.documentType().abbreviation() == null ? null : details.documentType().title().toUpperCase(vi),
                subjectLine(details),
                body.strip(),
                details.urgency() == Urgency.NORMAL ? null : Labels.urgency(details.urgency()),
                details.confidentiality().secret() ? Labels.confidentiality(details.confidentiality()) : null,
                draft.recipients().stream().map(Draft.Addressee::name).toList(),
                draftingUnit,
                details.authorityOrNone().lines(details.authorityOf(), draft.signerPosition()),
                draft.signer().fullName());
        String fileName = FileNames.clean((details.documentType().title() + " " + subjectLine(details))
                .replace('/', '-')) + ".pdf";
        return prepared(composer.compose(layout), fileName, VersionSource.COMPOSED, null, body.strip());
    }

    /** The subject as the layout prints it: a công văn's "V/v" is the layout's to write, not the drafter's. */
    private static String subjectLine(DraftDetails details) {
        String subject = details.subject().strip();
        return subject.regionMatches(true, 0, "V/v ", 0, 4) ? subject.substring(4).strip() : subject;
    }

    byte[] read(String sha256) {
        try (InputStream in = storage.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String sha256) {
        return storage.open(sha256);
    }

    long size(String sha256) {
        return storage.describe(sha256).map(StoredFile::size)
                .orElseThrow(() -> new IllegalStateException("A file VanThu refers to is not in storage: " + sha256));
    }

    StoredFile store(byte[] content) {
        return storage.store(content, "file");
    }

    private MainFile prepared(byte[] pdf, String fileName, VersionSource source, @Nullable String sourceSha256,
            @Nullable String body) {
        byte[] withFields = IssueFields.prepare(pdf).pdf();
        StoredFile stored = store(withFields);
        return new MainFile(stored.sha256(), fileName, stored.size(), source, sourceSha256, body);
    }
}
