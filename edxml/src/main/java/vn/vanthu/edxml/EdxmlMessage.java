package vn.vanthu.edxml;

/**
 * What travels between document systems in the edXML format of QCVN 102:2016/BTTTT: either a document package
 * ({@link EdxmlEnvelope}) or a status message about one ({@link StatusMessage}). Both share the same root and
 * envelope, so a receiver reads a file first and learns which of the two it holds afterwards.
 */
public sealed interface EdxmlMessage permits EdxmlEnvelope, StatusMessage {

    /** The one namespace every edXML element lives in, as the government SDK and all known vendors write it. */
    String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
}
