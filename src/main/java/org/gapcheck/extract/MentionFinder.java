package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.Topic;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.SectionKind;

/**
 * Where the report speaks of a topic, one mention per topic and sentence, spanning the clause around the keyword. The
 * part decides first (存在的不足 admits, 下一年度安排 plans); elsewhere a plan cue makes it a plan and a negation in the
 * clause makes it a denial. A keyword inside a generic admitted problem ("在A、B、C等方面仍存在…问题") yields no mention:
 * listing an area among many admits nothing specific about it.
 */
final class MentionFinder {

    private volatile KeywordPlaces keywordIndex;

    private static final Pattern PLAN_CUE = Pattern.compile(
            "(?<![草模虚比])拟|下一步|明年|下一年|今后|计划于|计划在|将(?:要|会|进一步|继续|持续|加快|全面|着力|深入|加强|不断|推动|推进|积极"
                    + "|努力|重点|切实|大力|严格|完善|开展|建立|健全|制定|组织|探索|启动|实现|力争)");
    private static final Pattern NEGATION = Pattern.compile(
            "尚未|未(?!来|成年|经)|没有|缺乏|欠缺|不够|不到位|不足|不健全|不完善|不规范|不强|不高|不深");

    /** For a negative topic (败诉, 群体性事件): shortly before the keyword, words saying the event did not happen. */
    private static final Pattern ABSENCE_BEFORE = Pattern.compile(
            "(?:未发生|未出现|未再发生|未发现|未曾|未有|没有|无(?!法|论)|零|杜绝|不存在).{0,8}$");
    /** For a negative topic: after the keyword, a zero count ("败诉案件0件", "为零"). */
    private static final Pattern ZERO_AFTER = Pattern.compile("^[^\\d]{0,16}?(?:(?<![\\d.])0(?![\\d.%])|为零|为0)");
    /** For a negative topic: the report speaks of preventing or fighting the event, which says nothing of whether it happened. */
    private static final Pattern PREVENTION = Pattern.compile(
            "防止|防范|避免|预防|严防|遏制|打击|整治|查处|纠正|清理|治理|禁止|严禁|不得|减少|降低|解决|破解|破除|取消|消除|克服|制止");

    /**
     * One mention per topic and sentence. Of the keyword places in the sentence, the first that says the thing was done
     * is taken, else the first of any other polarity: "未发生拒不履行生效裁判的情况，办理检察建议3件" is evidence of 检察建议.
     */
    List<Mention> find(Document document, List<Topic> topics, List<Shortfall> shortfalls) {
        String text = document.normalized();
        int[][] places = keywordIndex(topics).find(text);
        int[] next = new int[topics.size()];
        List<Mention> mentions = new ArrayList<>();
        int sentenceStart = 0;
        while (sentenceStart < text.length()) {
            int sentenceEnd = Clauses.sentenceEnd(text, sentenceStart);
            for (int t = 0; t < topics.size(); t++) {
                Topic topic = topics.get(t);
                Mention chosen = null;
                int[] at = places[t];
                while (next[t] < at.length && at[next[t]] < sentenceStart) {
                    next[t]++;
                }
                // Keywords hold no sentence break, so one that starts in the sentence ends in it.
                for (int p = next[t]; p < at.length && at[p] < sentenceEnd; p++) {
                    if (inHeading(document, at[p]) || inGeneric(shortfalls, at[p])) {
                        continue;
                    }
                    Mention mention = mention(document, topic, at[p], sentenceStart);
                    if (mention != null && (chosen == null || mention.polarity() == Polarity.DONE)) {
                        chosen = mention;
                        if (mention.polarity() == Polarity.DONE) {
                            break;
                        }
                    }
                }
                if (chosen != null) {
                    mentions.add(chosen);
                }
            }
            sentenceStart = sentenceEnd + 1;
        }
        return mentions;
    }

    private static boolean inGeneric(List<Shortfall> shortfalls, int at) {
        return shortfalls.stream().anyMatch(s -> s.generic() && s.contains(at));
    }

    /** A part's heading ("二、履行…第一责任人职责情况") names the part; it is not evidence of anything. */
    private static boolean inHeading(Document document, int at) {
        return document.sections().stream()
                .anyMatch(s -> at >= s.start() && at < s.start() + s.heading().length()
                        && document.text().startsWith(s.heading(), s.start()));
    }

    /** The keyword index of the catalogue's topics, built on first use and kept while the topics stay the same. */
    private KeywordPlaces keywordIndex(List<Topic> topics) {
        KeywordPlaces index = keywordIndex;
        if (index == null || !index.indexes(topics)) {
            index = new KeywordPlaces(topics);
            keywordIndex = index;
        }
        return index;
    }

    private static Mention mention(Document document, Topic topic, int at, int sentenceStart) {
        String text = document.normalized();
        int start = Clauses.start(text, at);
        int end = Clauses.end(text, at);
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > at + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        SectionKind section = document.sectionAt(at);
        String clause = text.substring(start, end);
        Polarity polarity = topic.negative()
                ? eventPolarity(section, text.substring(sentenceStart, end), text.substring(start, at), text.substring(at, end))
                : polarity(section, text.substring(sentenceStart, end), clause);
        if (polarity == null) {
            return null;
        }
        return new Mention(topic.id(), polarity, section, start, end, document.text().substring(start, end));
    }

    /**
     * A negative event's polarity: denied by an absence word before it or a zero after it ("未发生…", "败诉案件0件");
     * a clause about preventing it gives no mention (null). The general negation cues are not used: in
     * "因未依法履行职责被判决败诉" the 未 belongs to the cause, not to the event.
     */
    private static Polarity eventPolarity(SectionKind section, String sentenceSoFar, String before, String from) {
        if (section == SectionKind.SHORTFALLS) {
            return Polarity.ADMITTED;
        }
        if (section == SectionKind.PLANS || PLAN_CUE.matcher(sentenceSoFar).find()) {
            return Polarity.PLANNED;
        }
        if (ABSENCE_BEFORE.matcher(before).find() || ZERO_AFTER.matcher(from).find()) {
            return Polarity.NEGATED;
        }
        return PREVENTION.matcher(before + from).find() ? null : Polarity.DONE;
    }

    private static Polarity polarity(SectionKind section, String sentenceSoFar, String clause) {
        if (section == SectionKind.SHORTFALLS) {
            return Polarity.ADMITTED;
        }
        if (section == SectionKind.PLANS || PLAN_CUE.matcher(sentenceSoFar).find()) {
            return Polarity.PLANNED;
        }
        return NEGATION.matcher(clause).find() ? Polarity.NEGATED : Polarity.DONE;
    }
}
