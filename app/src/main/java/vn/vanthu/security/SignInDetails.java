package vn.vanthu.security;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/** Where a sign-in came from, for the audit trail: the web form or the API, and the caller's address. */
record SignInDetails(String channel, String remoteAddress) implements Serializable {

    static final String WEB = "web";
    static final String API = "api";

    static SignInDetails of(String channel, HttpServletRequest request) {
        return new SignInDetails(channel, request.getRemoteAddr());
    }
}
