package vn.vanthu.incoming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(IncomingFileCheck.class);
    private static final Duration FRESH = Duration.ofMinutes(10);

    private final IncomingDocuments documents;
    private final SignatureValidation signatures;
    private final TransactionTemplate readOnly;
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

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
        for (String sha256 : pdfs) {
            check(sha256);
        }
    }

    /**
     * Checks a file once however many copies arrive with it at the same moment (a document issued to ten agencies of
     * the deployment is one file): a check under way is waited for, and a report of the last few minutes stands.
     */
    private void check(String sha256) {
        if (signatures.report(sha256).filter(report -> report.validatedAt().isAfter(Instant.now().minus(FRESH)))
                .isPresent()) {
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(sha256, mine);
        if (running != null) {
            running.join();
            return;
        }
        try {
            signatures.validateStored(sha256);
        } catch (RuntimeException e) {
            // a file DSS cannot read keeps no badge; the document itself is fine
            LOG.warn("Could not check the signatures of stored file {}: {}", sha256, e.getMessage());
        } finally {
            inFlight.remove(sha256);
            mine.complete(null);
        }
    }
}
