package vn.vanthu.outgoing;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A line of "Nơi nhận": an agency of the directory by its code (delivered electronically, inside the deployment or
 * through the exchange), or a name typed for a recipient outside it (on paper, or once exchange routes it).
 */
public record Recipient(@Nullable @Size(max = 13) String agencyCode, @Nullable @Size(max = 200) String name) {
}
