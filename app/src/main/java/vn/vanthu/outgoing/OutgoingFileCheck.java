package vn.vanthu.outgoing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.vanthu.signature.SignatureValidation;

/**
 * Checks the signatures of what an agency signs and issues, after the step has committed, so the document page shows
 * a verdict per file (the same check every recipient makes on arrival) and the official never waits for it.
 */
@Component
class OutgoingFileCheck {

    private final SignatureValidation signatures;

    OutgoingFileCheck(SignatureValidation signatures) {
        this.signatures = signatures;
    }

    // no transaction around it: a validation may take a second and needs no connection meanwhile
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OutgoingSigned signed) {
        check(List.of(signed.signedSha256()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OutgoingIssued issued) {
        List<String> files = new ArrayList<>();
        issued.files().forEach(file -> files.add(file.sha256()));
        check(files);
    }

    private void check(List<String> files) {
        files.forEach(signatures::checkStored);
    }
}
