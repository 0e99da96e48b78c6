package vn.vanthu.edxml;

/**
 * Why a signature cannot be valid. Thrown inside the signature code and turned into an invalid
 * {@link SignatureValidation}: a bad signature is an answer, not a failure.
 */
final class SignatureProblem extends RuntimeException {

    SignatureProblem(String reason) {
        super(reason);
    }

    SignatureProblem(String reason, Throwable cause) {
        super(reason, cause);
    }
}
