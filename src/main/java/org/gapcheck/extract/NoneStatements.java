package org.gapcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.ingest.Document;

/**
 * Statements that a count is zero without a digit: 无判决败诉案件, 零败诉, 未出现被撤销或确认违法的案件. The phrase after
 * the cue names what did not happen; it is the catalogue's count metric when it holds that metric's alias, else an
 * uncatalogued count of 案件. A rate stated as 零 ("纠错率为零") is 0%, the catalogue's rate when its alias ends the
 * phrase.
 */
final class NoneStatements {

    private static final List<String> CUES = List.of("未出现", "未发生", "没有出现", "没有发生", "无", "零");
    /** The first characters of the cues: every position of the report is asked whether a cue starts there. */
    private static final String CUE_STARTS =
            CUES.stream().map(c -> c.substring(0, 1)).distinct().collect(Collectors.joining());
    private static final String CASES = "案件";
    private static final int MAX_GAP_BEFORE_ALIAS = 4;
    private static final int MAX_PHRASE = 16;
    /** 纠错率为零, 败诉率保持0: a rate and a bare zero that no digit, point or unit continues. */
    private static final Pattern ZERO_RATE =
            Pattern.compile("(\\p{IsHan}{1,10}率)(?:均|始终|一直)?(?:为|是|保持|保持为|实现)?(?:零|0)(?![\\d.%点])");
    /** What follows 率 in a {@link #ZERO_RATE} match, to find the few places worth trying it. */
    private static final Pattern ZERO_AFTER_RATE = Pattern.compile("(?:均|始终|一直)?(?:为|是|保持|保持为|实现)?(?:零|0)(?![\\d.%点])");
    private static final int MAX_RATE_NAME = 10;

    List<MetricFact> find(Document document, Clauses clauses, List<AliasMatch> matches) {
        String text = document.normalized();
        AliasIndex.Resolver resolver = new AliasIndex.Resolver(clauses);
        List<MetricFact> facts = new ArrayList<>(zeroRates(document, resolver, matches));
        // Statements are found left to right and never overlap each other; only a zero rate can be in their way.
        FactSpans rates = FactSpans.of(facts);
        int i = 0;
        while (i < text.length()) {
            String cue = cueAt(text, i);
            MetricFact fact = cue == null ? null : statement(document, clauses, resolver, matches, i, i + cue.length());
            if (fact == null) {
                i++;
            } else {
                if (rates.overlapping(fact.start(), fact.end()).isEmpty()) {
                    facts.add(fact);
                }
                i = fact.end();
            }
        }
        return facts;
    }

    private static List<MetricFact> zeroRates(Document document, AliasIndex.Resolver resolver,
                                              List<AliasMatch> matches) {
        String text = document.normalized();
        List<MetricFact> facts = new ArrayList<>();
        Matcher m = ZERO_RATE.matcher(text);
        int from = 0;
        for (int start = zeroRateStart(text, 0); start >= 0; start = zeroRateStart(text, from)) {
            if (!m.find(start)) {
                break;
            }
            from = m.end();
            int rateEnd = m.end(1);
            // Matches do not overlap, so their ends ascend like their starts.
            int at = InTextOrder.firstStartingAtOrAfter(matches, AliasMatch::end, rateEnd);
            Metric metric = Optional.ofNullable(at < matches.size() && matches.get(at).end() == rateEnd
                            ? matches.get(at) : null)
                    .map(resolver::resolve)
                    .filter(r -> r.kind() == MetricKind.RATE).orElse(null);
            facts.add(new MetricFact(metric == null ? null : metric.id(), metric == null ? m.group(1) : metric.name(),
                    BigDecimal.ZERO, "%", "", Period.CURRENT, Scope.OWN, document.sectionAt(m.start()), m.start(),
                    m.end(), document.text().substring(m.start(), m.end())));
        }
        return facts;
    }

    /**
     * Where the next {@link #ZERO_RATE} match at or after {@code from} starts, or -1. Trying the pattern at every
     * position costs a script lookup per character; a match needs a 率 followed by a zero, so only those are tried.
     * The start is the earliest of up to ten Han characters running back from that 率, which is where the pattern,
     * scanning forward, would have matched first.
     */
    private static int zeroRateStart(String text, int from) {
        Matcher after = ZERO_AFTER_RATE.matcher(text).useTransparentBounds(true);
        for (int rate = text.indexOf('率', from); rate >= 0; rate = text.indexOf('率', rate + 1)) {
            int start = rate;
            int names = 0;
            while (start > from && names < MAX_RATE_NAME && isHan(Character.codePointBefore(text, start))) {
                start -= Character.charCount(Character.codePointBefore(text, start));
                names++;
            }
            if (names > 0 && after.region(rate + 1, text.length()).lookingAt()) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String cueAt(String text, int pos) {
        if (CUE_STARTS.indexOf(text.charAt(pos)) < 0) {
            return null;
        }
        for (String cue : CUES) {
            if (text.startsWith(cue, pos)) {
                return cue;
            }
        }
        return null;
    }

    private static MetricFact statement(Document document, Clauses clauses, AliasIndex.Resolver resolver,
                                        List<AliasMatch> matches, int cueStart, int cueEnd) {
        String text = document.normalized();
        int clauseEnd = clauses.end(cueEnd);
        for (int k = InTextOrder.firstStartingAtOrAfter(matches, AliasMatch::start, cueEnd); k < matches.size(); k++) {
            AliasMatch match = matches.get(k);
            if (match.start() - cueEnd > MAX_GAP_BEFORE_ALIAS) {
                break;
            }
            if (match.end() <= clauseEnd) {
                Metric metric = resolver.resolve(match);
                if (metric != null && metric.kind() == MetricKind.COUNT && nothingCountedAfter(text, match.end(), clauseEnd)) {
                    return fact(document, metric.id(), metric.name(), cueStart, match.end());
                }
            }
        }
        int phraseEnd = Math.min(clauseEnd, cueEnd + MAX_PHRASE);
        for (int cases = cueEnd; cases + CASES.length() <= phraseEnd; cases++) {
            if (text.startsWith(CASES, cases)) {
                int end = cases + CASES.length();
                return nothingCountedAfter(text, end, clauseEnd)
                        ? fact(document, null, text.substring(cueEnd, end), cueStart, end) : null;
            }
        }
        return null;
    }

    /** "无证经营案件15件" counts cases; only a phrase that nothing follows in its clause says there were none. */
    private static boolean nothingCountedAfter(String text, int from, int clauseEnd) {
        return ChineseNumbers.findAll(text.substring(from, clauseEnd)).isEmpty();
    }

    private static MetricFact fact(Document document, String metric, String name, int start, int end) {
        return new MetricFact(metric, name, BigDecimal.ZERO, "", "", Period.CURRENT, Scope.OWN,
                document.sectionAt(start), start, end, document.text().substring(start, end));
    }
}
