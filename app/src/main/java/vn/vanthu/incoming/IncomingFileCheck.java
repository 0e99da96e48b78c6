package vn.vanthu.incoming;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.signature.SignatureValidation;

/**
 * Checks the digital signatures of every PDF a document arrives with, after the clerk's step has committed, so the
 * document page shows a badge per file and the clerk's registration never waits for it.
 */
@Component
class IncomingFileCheck {

    private final IncomingDocuments documents;
    private final SignatureValidation signatures;
    private final TransactionTemplate readOnly;

    IncomingFileCheck(IncomingDocuments documents, SignatureValidation signatures,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.signatures = signatures;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // no transaction around it: a validation may take a second and needs no connection meanwhile
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IncomingReceived received) {
        List<String> pdfs = readOnly.execute(status -> documents.findById(received.documentId())
                .map(document -> document.files().stream().filter(IncomingFile::pdf).map(IncomingFile::sha256)
                        .toList())
                .orElse(List.of()));
        pdfs.forEach(signatures::checkStored);
    }
}
