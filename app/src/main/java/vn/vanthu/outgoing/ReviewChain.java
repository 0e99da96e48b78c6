package vn.vanthu.outgoing;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;

/**
 * The path an agency's drafts of one type take before the competent signer, e.g. specialist → unit head → office
 * chief → leader (the signer ends every chain). A step is {@link #UNIT_HEAD}, the head of the drafter's own unit, or
 * a person's id.
 *
 * @param documentType the type it is for; empty for the agency's default
 */
public record ReviewChain(@Nullable DocumentType documentType, @NotNull @Size(max = 8) List<String> steps) {

    public static final String UNIT_HEAD = "unit-head";

    public ReviewChain {
        steps = steps == null ? List.of() : steps.stream().filter(step -> step != null && !step.isBlank())
                .map(String::strip).toList();
    }
}
