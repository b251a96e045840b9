package dev.articleclassifier.classify.rules;

/**
 * A rules or gazetteer file that cannot be used, with the file, line and field at fault, e.g.
 * {@code my-rules.jsonc:42: topics[3].terms."IS".weight: expected a number, got "heavy"}.
 */
public final class DataFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
