package dev.vidx.elasticsearch.analysis;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/** Token filter factories, with the names and options of the stock analysis-common module. */
final class Filters {

    private Filters() {}

    /** {@code asciifolding}: options {@code preserve_original} (default false). */
    static final class AsciiFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        AsciiFolding(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ASCIIFoldingFilter(in, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            // a normalizer must yield one token: fold without keeping the original
            return new ASCIIFoldingFilter(in, false);
        }
    }

    /** {@code lowercase}: option {@code language} (greek, irish, turkish; default: plain). */
    static final class LowerCase extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final String lang;

        LowerCase(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            lang = settings.get("language", null);
            if (lang != null && !lang.equalsIgnoreCase("greek") && !lang.equalsIgnoreCase("irish")
                && !lang.equalsIgnoreCase("turkish")) {
                throw new IllegalArgumentException("language [" + lang + "] not support for lower case");
            }
        }

        @Override
        public TokenStream create(TokenStream in) {
            if (lang == null) {
                return new LowerCaseFilter(in);
            } else if (lang.equalsIgnoreCase("greek")) {
                return new GreekLowerCaseFilter(in);
            } else if (lang.equalsIgnoreCase("irish")) {
                return new IrishLowerCaseFilter(in);
            }
            return new TurkishLowerCaseFilter(in);
        }
    }

    /** {@code uppercase}. */
    static final class UpperCase extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        UpperCase(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new UpperCaseFilter(in);
        }
    }

    /** {@code edge_ngram}: options {@code min_gram} (1), {@code max_gram} (2), {@code preserve_original} (false). */
    static final class EdgeNGram extends AbstractTokenFilterFactory {
        private final int minGram;
        private final int maxGram;
        private final boolean preserveOriginal;

        EdgeNGram(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            minGram = settings.getAsInt("min_gram", 1);
            maxGram = settings.getAsInt("max_gram", 2);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
            if (settings.get("side") != null) {
                throw new IllegalArgumentException(
                    "The [side] parameter is no longer supported; use a [reverse] before and after the [edge_ngram] filter instead"
                );
            }
            if (minGram < 1 || maxGram < minGram) {
                throw new IllegalArgumentException("[edge_ngram] needs 1 <= min_gram <= max_gram, got " + minGram + "/" + maxGram);
            }
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new EdgeNGramTokenFilter(in, minGram, maxGram, preserveOriginal);
        }
    }

    /**
     * {@code stemmer}: option {@code language} (or {@code name}); default english (Porter). Supports the
     * English, Spanish, French, German, Italian and Portuguese variants of the stock filter, and any
     * other Snowball language by name.
     */
    static final class Stemmer extends AbstractTokenFilterFactory {
        private final String language;

        Stemmer(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            language = settings.get("language", settings.get("name", "english")).toLowerCase(Locale.ROOT);
            // fail at index creation, not at first use
            create(new org.apache.lucene.analysis.core.KeywordTokenizer());
        }

        @Override
        public TokenStream create(TokenStream in) {
            switch (language) {
                case "english", "porter":
                    return new PorterStemFilter(in);
                case "light_english", "lightenglish", "kstem":
                    return new KStemFilter(in);
                case "porter2":
                    return new SnowballFilter(in, new EnglishStemmer());
                case "minimal_english", "minimalenglish":
                    return new EnglishMinimalStemFilter(in);
                case "possessive_english", "possessiveenglish":
                    return new EnglishPossessiveFilter(in);
                case "spanish":
                    return new SnowballFilter(in, new SpanishStemmer());
                case "light_spanish", "lightspanish":
                    return new SpanishLightStemFilter(in);
                case "spanish_plural":
                    return new SpanishPluralStemFilter(in);
                case "french":
                    return new SnowballFilter(in, new FrenchStemmer());
                case "light_french", "lightfrench":
                    return new FrenchLightStemFilter(in);
                case "minimal_french", "minimalfrench":
                    return new FrenchMinimalStemFilter(in);
                case "german", "german2":
                    return new SnowballFilter(in, new GermanStemmer());
                case "light_german", "lightgerman":
                    return new GermanLightStemFilter(in);
                case "minimal_german", "minimalgerman":
                    return new GermanMinimalStemFilter(in);
                case "italian":
                    return new SnowballFilter(in, new ItalianStemmer());
                case "light_italian", "lightitalian":
                    return new ItalianLightStemFilter(in);
                case "portuguese":
                    return new SnowballFilter(in, new PortugueseStemmer());
                case "light_portuguese", "lightportuguese":
                    return new PortugueseLightStemFilter(in);
                case "minimal_portuguese", "minimalportuguese":
                    return new PortugueseMinimalStemFilter(in);
                default:
                    return Snowball.filter(in, language);
            }
        }
    }

    /** {@code porter_stem}. */
    static final class PorterStem extends AbstractTokenFilterFactory {
        PorterStem(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new PorterStemFilter(in);
        }
    }

    /** {@code kstem}. */
    static final class KStem extends AbstractTokenFilterFactory {
        KStem(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new KStemFilter(in);
        }
    }

    /** {@code snowball}: option {@code language} (default English). */
    static final class Snowball extends AbstractTokenFilterFactory {
        private final String language;

        Snowball(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            language = settings.get("language", "English");
            filter(new org.apache.lucene.analysis.core.KeywordTokenizer(), language);
        }

        static TokenStream filter(TokenStream in, String language) {
            String cap = language.isEmpty() ? language
                : language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1).toLowerCase(Locale.ROOT);
            try {
                return new SnowballFilter(in, cap);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unsupported stemmer/snowball language [" + language + "]", e);
            }
        }

        @Override
        public TokenStream create(TokenStream in) {
            return filter(in, language);
        }
    }

    /**
     * {@code elision} (configured form; the bare name is the pre-configured French one): options
     * {@code articles} / {@code articles_path}, {@code articles_case}.
     */
    static final class Elision extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final CharArraySet articles;

        Elision(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            CharArraySet parsed = Analysis.parseArticles(env, settings);
            articles = parsed != null ? parsed : FrenchAnalyzer.DEFAULT_ARTICLES;
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ElisionFilter(in, articles);
        }
    }

    /**
     * {@code word_delimiter_graph}: the boolean options of the stock filter and {@code protected_words};
     * {@code type_table} is not supported here.
     */
    static final class WordDelimiterGraph extends AbstractTokenFilterFactory {
        private final int flags;
        private final CharArraySet protectedWords;
        private final boolean adjustOffsets;

        WordDelimiterGraph(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            if (settings.get("type_table") != null || settings.get("type_table_path") != null) {
                throw new IllegalArgumentException("[word_delimiter_graph] type_table is not supported by the vidx-analysis plugin");
            }
            int f = 0;
            f |= flag(settings, "generate_word_parts", true, WordDelimiterGraphFilter.GENERATE_WORD_PARTS);
            f |= flag(settings, "generate_number_parts", true, WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS);
            f |= flag(settings, "catenate_words", false, WordDelimiterGraphFilter.CATENATE_WORDS);
            f |= flag(settings, "catenate_numbers", false, WordDelimiterGraphFilter.CATENATE_NUMBERS);
            f |= flag(settings, "catenate_all", false, WordDelimiterGraphFilter.CATENATE_ALL);
            f |= flag(settings, "split_on_case_change", true, WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE);
            f |= flag(settings, "preserve_original", false, WordDelimiterGraphFilter.PRESERVE_ORIGINAL);
            f |= flag(settings, "split_on_numerics", true, WordDelimiterGraphFilter.SPLIT_ON_NUMERICS);
            f |= flag(settings, "stem_english_possessive", true, WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE);
            f |= flag(settings, "ignore_keywords", false, WordDelimiterGraphFilter.IGNORE_KEYWORDS);
            flags = f;
            protectedWords = Analysis.getWordSet(env, settings, "protected_words");
            adjustOffsets = settings.getAsBoolean("adjust_offsets", true);
        }

        private static int flag(Settings settings, String key, boolean dflt, int bit) {
            return settings.getAsBoolean(key, dflt) ? bit : 0;
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new WordDelimiterGraphFilter(in, adjustOffsets, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, protectedWords);
        }
    }

    /** {@code trim}. */
    static final class Trim extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        Trim(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new TrimFilter(in);
        }
    }

    /** {@code unique}: option {@code only_on_same_position} (default false). */
    static final class Unique extends AbstractTokenFilterFactory {
        private final boolean onlyOnSamePosition;

        Unique(IndexSettings indexSettings, Environment env, String name, Settings settings) {
            super(name, settings);
            onlyOnSamePosition = settings.getAsBoolean("only_on_same_position", false);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return onlyOnSamePosition ? new RemoveDuplicatesTokenFilter(in) : new UniqueTokenFilter(in);
        }
    }

    /** Drops every token whose term was already seen in the stream. */
    static final class UniqueTokenFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet seen = new CharArraySet(8, false);

        UniqueTokenFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                char[] buf = term.buffer();
                int len = term.length();
                if (seen.contains(buf, 0, len)) {
                    continue;
                }
                char[] copy = new char[len];
                System.arraycopy(buf, 0, copy, 0, len);
                seen.add(copy);
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            seen.clear();
        }
    }
}
