package vn.vanthu.edxml;

/**
 * The person who handled a package at the sending side, so that the other side knows whom to call.
 *
 * @param department the person's unit, or {@code null}
 * @param staff the person's name, or {@code null}
 * @param mobile the person's mobile number, or {@code null}
 * @param email the person's e-mail address, or {@code null}
 */
public record StaffInfo(String department, String staff, String mobile, String email) {
}
