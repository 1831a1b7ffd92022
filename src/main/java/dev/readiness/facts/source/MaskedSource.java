package dev.readiness.facts.source;

import java.util.Collection;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * A file's text with its comments and the insides of its string literals blanked, every offset and line break
 * left where it was, so that patterns matched on {@link #code()} only ever see code. What the literals said is
 * kept aside, looked up by the offset of their opening quote.
 */
record MaskedSource(String code, NavigableMap<Integer, StringLiteral> literals, LineIndex lines) {

    /** Takes the literals as they are, unmodifiable: the lexer hands over a map it no longer touches. */
    MaskedSource {
        literals = Collections.unmodifiableNavigableMap(literals);
    }

    /** The value of the literal opened at {@code quoteOffset}, unless there is none or it interpolates code. */
    Optional<String> constantAt(int quoteOffset) {
        return literalAt(quoteOffset).filter(StringLiteral::constant).map(StringLiteral::value);
    }

    Optional<StringLiteral> literalAt(int quoteOffset) {
        return Optional.ofNullable(literals.get(quoteOffset));
    }

    /** Literals opened at or after {@code from} and before {@code to}. */
    Collection<StringLiteral> literalsWithin(int from, int to) {
        return literals.subMap(from, true, to, false).values();
    }

    int lineAt(int offset) {
        return lines.lineAt(offset);
    }
}
