package io.returnrouter.cli;

/** The command line is wrong; the message tells the user how. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
