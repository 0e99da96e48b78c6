/**
 * edXML, the package format of QCVN 102:2016/BTTTT in which Vietnamese document systems exchange documents
 * through the national document exchange hub: a model of its messages, a writer, a signer and validator, and a
 * parser hardened for packages from outside. Plain Java, no framework, so the application, tools and tests can
 * all use it.
 *
 * <h2>Messages</h2>
 * An {@link vn.vanthu.edxml.EdxmlMessage} is either a document package, {@link vn.vanthu.edxml.EdxmlEnvelope}
 * (registry details in {@link vn.vanthu.edxml.MessageHeader}, hops and business in
 * {@link vn.vanthu.edxml.TraceHeaderList}, files as {@link vn.vanthu.edxml.Attachment}s), or a
 * {@link vn.vanthu.edxml.StatusMessage} with a {@link vn.vanthu.edxml.StatusCode} (01–06, 13, 15, 16). The records
 * follow the edXML element names one to one; {@code null} stands for an absent element, lists are never null.
 *
 * <h2>Writing and signing</h2>
 * {@link vn.vanthu.edxml.EdxmlWriter} writes what the government SDK writes: namespace
 * {@code http://www.mic.gov.vn/TBT/QCVN_102_2016}, the {@code edXML/edXMLEnvelope/edXMLHeader/edXMLBody} frame,
 * {@code AttachmentEncoded} after the envelope, dates {@code yyyy/MM/dd}, timestamps
 * {@code yyyy/MM/dd HH:mm:ss}. Attachments stream from their {@link vn.vanthu.edxml.AttachmentContent}. Given a
 * {@link vn.vanthu.edxml.SigningKey}, it adds an enveloped XML signature (RSA or ECDSA, SHA-256) over the whole
 * package inside {@code edXMLHeader}, where the SDK puts it; standard XML Signature libraries validate it, and so
 * does {@link vn.vanthu.edxml.EdxmlSignatureValidator}, which also reads the SDK's own SHA-1 signatures.
 *
 * <h2>Reading</h2>
 * {@link vn.vanthu.edxml.EdxmlParser} reads with StAX, never a DOM of the package: no DTDs or entities, bounded
 * size ({@link vn.vanthu.edxml.ParserLimits}, 250 MB by default), nesting and text, attachments decoded on the
 * fly into files. It forgives what real senders do (stray bytes before the declaration, undeclared prefixes, any
 * element order, text in decomposed Unicode) and refuses, with an {@link vn.vanthu.edxml.EdxmlException} naming the
 * element and the rule, what would change the meaning: a missing {@code From/OrganId}, a date like
 * {@code 2026-13-40}, an unknown status code, broken base64.
 *
 * <pre>{@code
 * EdxmlEnvelope envelope = new EdxmlEnvelope(header, traces,
 *         List.of(Attachment.of("15-CT-UBND.pdf", "application/pdf", null, AttachmentContent.of(pdfPath))));
 * new EdxmlWriter().write(envelope, agencyKey, out);
 *
 * EdxmlMessage received = new EdxmlParser(ParserLimits.DEFAULT, inboxDirectory).parse(in);
 * SignatureValidation validation = new EdxmlSignatureValidator().validate(receivedFile);
 * }</pre>
 */
package vn.vanthu.edxml;
