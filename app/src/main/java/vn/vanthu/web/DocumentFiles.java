package vn.vanthu.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vanthu.storage.DocumentFile;

/**
 * Sends a document's file: a PDF to be shown in the page, anything else to be saved, under its Vietnamese name
 * (RFC 6266), never cached by a shared cache, and never sniffed by the browser into something else.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    public static ResponseEntity<InputStreamResource> send(DocumentFile file) {
        boolean pdf = MediaType.APPLICATION_PDF_VALUE.equals(file.contentType());
        ContentDisposition disposition = (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(file.content().get()));
    }
}
