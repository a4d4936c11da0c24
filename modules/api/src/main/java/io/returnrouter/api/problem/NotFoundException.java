package io.returnrouter.api.problem;

/** A resource the path names does not exist: 404 with what was looked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
