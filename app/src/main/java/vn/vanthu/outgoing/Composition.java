package vn.vanthu.outgoing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A main file composed in the browser: the body text (paragraphs separated by blank lines) and the place written
 * before the date, when it is not the one the agency's name gives.
 */
public record Composition(@NotBlank @Size(max = 100_000) String body, @Nullable @Size(max = 100) String place) {

    public Composition {
        body = body == null ? "" : body;
    }
}
