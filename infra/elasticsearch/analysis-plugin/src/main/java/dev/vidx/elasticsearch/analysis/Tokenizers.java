package dev.vidx.elasticsearch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/** Tokenizer factories, with the names and options of the stock analysis-common module. */
final class Tokenizers {

    private Tokenizers() {}

    /**
     * {@code edge_ngram}: options {@code min_gram} (1), {@code max_gram} (2), {@code token_chars}
     * (letter, digit, whitespace, punctuation, symbol, custom; default: all characters) and
     * {@code custom_token_chars}.
     */
    static final class EdgeNGram extends AbstractTokenizerFactory {
        private final int minGram;
        private final int maxGram;
        private final IntPredicate tokenChars; // null = every character

        EdgeNGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, settings, name);
            minGram = settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            maxGram = settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            if (minGram < 1 || maxGram < minGram) {
                throw new IllegalArgumentException("[edge_ngram] needs 1 <= min_gram <= max_gram, got " + minGram + "/" + maxGram);
            }
            tokenChars = parseTokenChars(settings);
        }

        @Override
        public Tokenizer create() {
            if (tokenChars == null) {
                return new EdgeNGramTokenizer(minGram, maxGram);
            }
            final IntPredicate p = tokenChars;
            return new EdgeNGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return p.test(chr);
                }
            };
        }
    }

    static IntPredicate parseTokenChars(Settings settings) {
        List<String> classes = settings.getAsList("token_chars");
        if (classes == null || classes.isEmpty()) {
            return null;
        }
        IntPredicate result = c -> false;
        for (String raw : classes) {
            String cls = raw.toLowerCase(Locale.ROOT).trim();
            IntPredicate p;
            switch (cls) {
                case "letter":
                    p = c -> {
                        int t = Character.getType(c);
                        return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER
                            || t == Character.MODIFIER_LETTER || t == Character.OTHER_LETTER;
                    };
                    break;
                case "digit":
                    p = c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
                    break;
                case "whitespace":
                    p = Character::isWhitespace;
                    break;
                case "punctuation":
                    p = c -> {
                        int t = Character.getType(c);
                        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                            || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                            || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                            || t == Character.OTHER_PUNCTUATION;
                    };
                    break;
                case "symbol":
                    p = c -> {
                        int t = Character.getType(c);
                        return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.MODIFIER_SYMBOL
                            || t == Character.OTHER_SYMBOL;
                    };
                    break;
                case "custom": {
                    String custom = settings.get("custom_token_chars");
                    if (custom == null) {
                        throw new IllegalArgumentException("Token type: [custom] requires setting [custom_token_chars]");
                    }
                    int[] cps = custom.codePoints().toArray();
                    p = c -> {
                        for (int cp : cps) {
                            if (cp == c) {
                                return true;
                            }
                        }
                        return false;
                    };
                    break;
                }
                default:
                    throw new IllegalArgumentException(
                        "Unknown token type: '" + raw + "', must be one of [symbol, custom, whitespace, letter, punctuation, digit]"
                    );
            }
            result = result.or(p);
        }
        return result;
    }

    /** {@code whitespace}: option {@code max_token_length} (255). */
    static final class Whitespace extends AbstractTokenizerFactory {
        private final int maxTokenLength;

        Whitespace(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, settings, name);
            maxTokenLength = settings.getAsInt("max_token_length", 255);
        }

        @Override
        public Tokenizer create() {
            return new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength);
        }
    }

    /** {@code keyword}: option {@code buffer_size} (256). */
    static final class Keyword extends AbstractTokenizerFactory {
        private final int bufferSize;

        Keyword(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(indexSettings, settings, name);
            bufferSize = settings.getAsInt("buffer_size", 256);
        }

        @Override
        public Tokenizer create() {
            return new KeywordTokenizer(bufferSize);
        }
    }
}
