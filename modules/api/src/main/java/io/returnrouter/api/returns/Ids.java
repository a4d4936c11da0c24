package io.returnrouter.api.returns;

/** What client-chosen identifiers may contain: safe in URLs, logs and file names. */
final class Ids {

    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";
    static final String MESSAGE = "may contain letters, digits and . _ : - only, starting with a letter or digit";

    private Ids() {
    }
}
