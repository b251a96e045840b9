package dev.articleclassifier.classify.rules;

/**
 * Where a value sits in a data file ({@code topics[3].terms."IS".weight}), kept as a link to its parent and
 * spelled out only when an error needs it: a rules file has thousands of values, and building each one's path
 * as a string would cost more on a cold start than parsing the file.
 */
final class FieldPath {

    static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    private final String field;
    private final int index;

    private FieldPath(FieldPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    FieldPath field(String name) {
        return new FieldPath(this, name, -1);
    }

    FieldPath item(int position) {
        return new FieldPath(this, null, position);
    }

    @Override
    public String toString() {
        if (this == ROOT) {
            return "";
        }
        String prefix = parent.toString();
        if (field == null) {
            return prefix + "[" + index + "]";
        }
        return prefix.isEmpty() ? quote(field) : prefix + "." + quote(field);
    }

    private static String quote(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
                return "\"" + name + "\"";
            }
        }
        return name;
    }
}
