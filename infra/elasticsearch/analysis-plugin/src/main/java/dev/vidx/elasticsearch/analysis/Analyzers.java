package dev.vidx.elasticsearch.analysis;

import java.util.function.BiFunction;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * Language analyzers built from Lucene's own analyzers, as the stock module does; options
 * {@code stopwords} / {@code stopwords_path} (e.g. {@code _english_}, {@code _none_}, a list) and
 * {@code stem_exclusion}.
 */
final class Analyzers {

    private Analyzers() {}

    static AnalysisProvider<AnalyzerProvider<? extends org.apache.lucene.analysis.Analyzer>> english() {
        return language(EnglishAnalyzer.getDefaultStopSet(), EnglishAnalyzer::new);
    }

    static AnalysisProvider<AnalyzerProvider<? extends org.apache.lucene.analysis.Analyzer>> spanish() {
        return language(SpanishAnalyzer.getDefaultStopSet(), SpanishAnalyzer::new);
    }

    static AnalysisProvider<AnalyzerProvider<? extends org.apache.lucene.analysis.Analyzer>> french() {
        return language(FrenchAnalyzer.getDefaultStopSet(), FrenchAnalyzer::new);
    }

    /** One provider shape for every language: (stop words, stem exclusions) → Lucene analyzer. */
    private static <A extends StopwordAnalyzerBase> AnalysisProvider<AnalyzerProvider<? extends org.apache.lucene.analysis.Analyzer>> language(
        CharArraySet defaultStops,
        BiFunction<CharArraySet, CharArraySet, A> create
    ) {
        return (IndexSettings indexSettings, Environment env, String name, Settings settings) -> new Language<>(
            name,
            settings,
            create.apply(Analysis.parseStopWords(env, settings, defaultStops), Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))
        );
    }

    private static final class Language<A extends StopwordAnalyzerBase> extends AbstractIndexAnalyzerProvider<A> {
        private final A analyzer;

        Language(String name, Settings settings, A analyzer) {
            super(name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public A get() {
            return analyzer;
        }
    }
}
