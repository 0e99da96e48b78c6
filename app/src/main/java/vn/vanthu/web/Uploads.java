package vn.vanthu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.storage.Upload;

/** The files of a form or API request as uploads of a new document. */
public final class Uploads {

    private Uploads() {
    }

    public static List<Upload> of(@Nullable List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue; // a browser sends an empty part when no file was chosen
            }
            try {
                uploads.add(new Upload(name == null ? "tep" : name, file.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
