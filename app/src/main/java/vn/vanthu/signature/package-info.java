/**
 * Digital signatures (ký số), Decree 30/2020 Art. 13 and Appendix I: the certificates officials and agencies sign
 * with, a built-in certificate authority and timestamp authority for demo and tests, PAdES signing (the official's
 * personal signature and the agency's seal), validation of any PDF, and signing from a phone whose key never leaves
 * it. EU DSS does the signing and validating; this module decides who signs with what, and where the signature
 * shows.
 */
@ApplicationModule(displayName = "Chữ ký số (signature)")
@NullMarked
package vn.vanthu.signature;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
