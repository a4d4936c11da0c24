package io.returnrouter.core.sscflp;

/** The file is not a valid SSCFLP instance; the message says where and why. */
public final class SscflpFormatException extends IllegalArgumentException {

    public SscflpFormatException(String message) {
        super(message);
    }

    public SscflpFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
