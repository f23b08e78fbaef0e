/**
 * Credentials for the security schemes an API document declares: bearer tokens, HTTP basic, and
 * API keys sent in a header, a query parameter or a cookie. A generated client's builder turns
 * each of its auth options into a {@link dev.clientsmith.runtime.auth.Credential} registered under
 * the scheme's name; every operation names the schemes it accepts.
 */
package dev.clientsmith.runtime.auth;
