package vn.vanthu.incoming;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.AfterCommit;
import vn.vanthu.core.Ids;
import vn.vanthu.signature.SignatureValidation;
import vn.vanthu.signature.Verdict;

/**
 * Checks the digital signatures of every PDF a document arrives with, after the clerk's step has committed and on
 * another thread, so the document page shows a badge per file and the clerk never waits for it.
 *
 * <p>A verdict is derived data that can be worked out again at any time, so the check is not held in the event
 * publication registry (a row and two more transactions for every registration): a check lost to a restart between
 * the commit and the check is made up by {@link #catchUp()}.
 */
@Component
class IncomingFileCheck {

    /** How far back the catch-up looks for files nobody checked. */
    private static final Duration CATCH_UP = Duration.ofDays(2);

    private final IncomingDocuments documents;
    private final SignatureValidation signatures;
    private final Executor executor;
    private final TransactionTemplate readOnly;

    IncomingFileCheck(IncomingDocuments documents, SignatureValidation signatures,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.signatures = signatures;
        this.executor = executor;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @EventListener
    void on(IncomingReceived received) {
        // published while the document is saved: it is in the persistence context, so this reads no row
        List<String> pdfs = documents.findById(received.documentId())
                .map(document -> document.files().stream().filter(IncomingFile::pdf).map(IncomingFile::sha256)
                        .toList())
                .orElse(List.of());
        if (pdfs.isEmpty()) {
            return;
        }
        AfterCommit.run(() -> executor.execute(() -> pdfs.forEach(signatures::checkStored)));
    }

    /** PDFs of the last days that have no verdict yet: their check was lost, or has not come round. */
    @Scheduled(fixedDelayString = "${vanthu.incoming.file-check-catch-up:10m}", initialDelayString = "2m")
    @SchedulerLock(name = "incoming-file-check", lockAtMostFor = "30m")
    void catchUp() {
        Instant until = Instant.now().minus(Duration.ofMinutes(1));
        List<String> pdfs = readOnly.execute(status -> documents.findPdfsMadeBetween(
                Ids.firstAt(until.minus(CATCH_UP)), Ids.firstAt(until)));
        Map<String, Verdict> known = signatures.verdicts(pdfs);
        pdfs.stream().filter(pdf -> !known.containsKey(pdf)).forEach(signatures::checkStored);
    }
}
