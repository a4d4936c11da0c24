package io.returnrouter.persistence.repository;

/**
 * A return id is stored for one shop; another shop quoting the same id must not replace that
 * quote (return ids are the shops' own numbers and may collide between shops).
 */
public class ReturnIdTakenException extends RuntimeException {

    private final String returnId;

    public ReturnIdTakenException(String returnId) {
        super("return id " + returnId + " is in use by another shop");
        this.returnId = returnId;
    }

    public String returnId() {
        return returnId;
    }
}
