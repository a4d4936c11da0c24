package io.returnrouter.plugin.support;

/** A plug-in's data file is missing, is not JSON, or has a field that breaks a rule. */
public final class DataFileException extends IllegalArgumentException {

    private final String file;
    private final String field;

    public DataFileException(String file, String field, String problem) {
        super(file + ": field " + field + " " + problem);
        this.file = file;
        this.field = field;
    }

    /** A problem with the file as a whole (missing, not JSON); the cause may be null. */
    public static DataFileException ofFile(String file, String problem, Throwable cause) {
        return new DataFileException(file, problem, cause);
    }

    private DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.field = "";
    }

    public String file() {
        return file;
    }

    /** The dotted path of the offending field, e.g. {@code shopPolicy.returnWindowDays}; empty for a file error. */
    public String field() {
        return field;
    }
}
