package dev.readiness.facts.source;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A file's text with its comments and the insides of its string literals blanked, every offset and line break
 * left where it was, so that patterns matched on {@link #code()} only ever see code. What the literals said is
 * kept aside, in the order they open, looked up by the offset of their opening quote.
 */
record MaskedSource(String code, List<StringLiteral> literals, LineIndex lines) {

    /** Takes the literals (sorted by start) as they are, unmodifiable: the lexer hands over a list it leaves alone. */
    MaskedSource {
        literals = Collections.unmodifiableList(literals);
    }

    /** The value of the literal opened at {@code quoteOffset}, unless there is none or it interpolates code. */
    Optional<String> constantAt(int quoteOffset) {
        return literalAt(quoteOffset).filter(StringLiteral::constant).map(StringLiteral::value);
    }

    Optional<StringLiteral> literalAt(int quoteOffset) {
        int index = firstAtOrAfter(quoteOffset);
        return index < literals.size() && literals.get(index).start() == quoteOffset
                ? Optional.of(literals.get(index)) : Optional.empty();
    }

    /** Literals opened at or after {@code from} and before {@code to}. */
    List<StringLiteral> literalsWithin(int from, int to) {
        int first = firstAtOrAfter(from);
        return literals.subList(first, Math.max(first, firstAtOrAfter(to)));
    }

    int lineAt(int offset) {
        return lines.lineAt(offset);
    }

    /** The index of the first literal opened at or after {@code offset}, or the count when there is none. */
    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = literals.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (literals.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
