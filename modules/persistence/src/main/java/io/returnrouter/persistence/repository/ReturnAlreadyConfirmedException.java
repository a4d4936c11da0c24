package io.returnrouter.persistence.repository;

/** A confirmed return's route is fixed: it can neither be re-quoted nor confirmed again. */
public class ReturnAlreadyConfirmedException extends RuntimeException {

    private final String returnId;

    public ReturnAlreadyConfirmedException(String returnId) {
        super("return " + returnId + " is already confirmed");
        this.returnId = returnId;
    }

    public String returnId() {
        return returnId;
    }
}
