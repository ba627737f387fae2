package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
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

    private final KeywordPlaces keywords;

    // Each cue pattern opens with a lookahead for the first characters of its words: the search tries every position
    // of a clause, and one character test there is far cheaper than trying each word in turn.
    private static final Pattern PLAN_CUE = Pattern.compile("(?=[拟下明今计将])(?:"
            + "(?<![草模虚比])拟|下一步|明年|下一年|今后|计划于|计划在|将(?:要|会|进一步|继续|持续|加快|全面|着力|深入|加强|不断|推动|推进|积极"
                    + "|努力|重点|切实|大力|严格|完善|开展|建立|健全|制定|组织|探索|启动|实现|力争))");
    private static final Pattern NEGATION = Pattern.compile("(?=[尚未没缺欠不])(?:"
            + "尚未|未(?!来|成年|经)|没有|缺乏|欠缺|不够|不到位|不足|不健全|不完善|不规范|不强|不高|不深)");

    /** For a negative topic (败诉, 群体性事件): shortly before the keyword, words saying the event did not happen. */
    private static final Pattern ABSENCE_BEFORE = Pattern.compile("(?=[未没无零杜不])"
            + "(?:未发生|未出现|未再发生|未发现|未曾|未有|没有|无(?!法|论)|零|杜绝|不存在).{0,8}$");
    /** For a negative topic: after the keyword, a zero count ("败诉案件0件", "为零"). */
    private static final Pattern ZERO_AFTER = Pattern.compile("^[^\\d]{0,16}?(?:(?<![\\d.])0(?![\\d.%])|为零|为0)");
    /** For a negative topic: the report speaks of preventing or fighting the event, which says nothing of whether it happened. */
    private static final Pattern PREVENTION = Pattern.compile("(?=[防避预严遏打整查纠清治禁不减降解破取消克制])(?:"
            + "防止|防范|避免|预防|严防|遏制|打击|整治|查处|纠正|清理|治理|禁止|严禁|不得|减少|降低|解决|破解|破除|取消|消除|克服|制止)");

    MentionFinder(KeywordPlaces keywords) {
        this.keywords = keywords;
    }

    /**
     * One mention per topic and sentence. Of the keyword places in the sentence, the first that says the thing was done
     * is taken, else the first of any other polarity: "未发生拒不履行生效裁判的情况，办理检察建议3件" is evidence of 检察建议.
     * Mentions come sentence by sentence, each sentence's in topic order.
     */
    List<Mention> find(Document document, Clauses clauses, List<Shortfall> shortfalls) {
        String text = document.normalized();
        List<Topic> topics = keywords.topics();
        long[] places = byPlace(keywords.find(text));
        int[][] headings = headings(document);
        List<Shortfall> generic = shortfalls.stream().filter(Shortfall::generic).toList();
        List<Mention> mentions = new ArrayList<>();
        int k = 0;
        int sentenceStart = 0;
        while (k < places.length) {
            int sentenceEnd = clauses.sentenceEnd(sentenceStart);
            while (k < places.length && place(places[k]) < sentenceStart) {
                k++;
            }
            int first = k;
            while (k < places.length && place(places[k]) < sentenceEnd) {
                k++;
            }
            if (k > first) {
                // Keywords hold no sentence break, so one that starts in the sentence ends in it.
                long[] inSentence = byTopic(places, first, k);
                int i = 0;
                while (i < inSentence.length) {
                    int topic = topic(inSentence[i]);
                    int groupEnd = i;
                    while (groupEnd < inSentence.length && topic(inSentence[groupEnd]) == topic) {
                        groupEnd++;
                    }
                    Mention chosen = null;
                    for (; i < groupEnd && (chosen == null || chosen.polarity() != Polarity.DONE); i++) {
                        int at = (int) inSentence[i];
                        if (inHeading(headings, at) || inGeneric(generic, at)) {
                            continue;
                        }
                        Mention mention = mention(document, clauses, topics.get(topic), at, sentenceStart);
                        if (mention != null && (chosen == null || mention.polarity() == Polarity.DONE)) {
                            chosen = mention;
                        }
                    }
                    if (chosen != null) {
                        mentions.add(chosen);
                    }
                    i = groupEnd;
                }
            }
            sentenceStart = sentenceEnd + 1;
        }
        return mentions;
    }

    /** Every keyword place as one number, place then topic, in text order (places within a topic are ascending). */
    private static long[] byPlace(int[][] placesByTopic) {
        int n = 0;
        for (int[] at : placesByTopic) {
            n += at.length;
        }
        long[] places = new long[n];
        int k = 0;
        for (int topic = 0; topic < placesByTopic.length; topic++) {
            for (int at : placesByTopic[topic]) {
                places[k++] = (long) at << 32 | topic;
            }
        }
        Arrays.sort(places);
        return places;
    }

    private static int place(long placeThenTopic) {
        return (int) (placeThenTopic >>> 32);
    }

    private static int topic(long topicThenPlace) {
        return (int) (topicThenPlace >>> 32);
    }

    /** The places {@code from}..{@code to} (place then topic) as topic then place, so that each topic's come together. */
    private static long[] byTopic(long[] places, int from, int to) {
        long[] byTopic = new long[to - from];
        for (int k = from; k < to; k++) {
            byTopic[k - from] = places[k] << 32 | places[k] >>> 32;
        }
        Arrays.sort(byTopic);
        return byTopic;
    }

    private static boolean inGeneric(List<Shortfall> generic, int at) {
        for (Shortfall s : generic) {
            if (s.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** Where the parts' headings ("二、履行…第一责任人职责情况") stand in the text: they name a part, they evidence nothing. */
    private static int[][] headings(Document document) {
        return document.sections().stream()
                .filter(s -> document.text().startsWith(s.heading(), s.start()))
                .map(s -> new int[] {s.start(), s.start() + s.heading().length()})
                .toArray(int[][]::new);
    }

    private static boolean inHeading(int[][] headings, int at) {
        for (int[] heading : headings) {
            if (at >= heading[0] && at < heading[1]) {
                return true;
            }
        }
        return false;
    }

    private static Mention mention(Document document, Clauses clauses, Topic topic, int at, int sentenceStart) {
        String text = document.normalized();
        int start = clauses.start(at);
        int end = clauses.end(at);
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > at + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        SectionKind section = document.sectionAt(at);
        Polarity polarity;
        if (section == SectionKind.SHORTFALLS) {
            polarity = Polarity.ADMITTED;
        } else if (section == SectionKind.PLANS || PLAN_CUE.matcher(text).region(sentenceStart, end).find()) {
            polarity = Polarity.PLANNED;
        } else if (topic.negative()) {
            polarity = eventPolarity(text.substring(start, at), text.substring(at, end));
        } else {
            polarity = NEGATION.matcher(text).region(start, end).find() ? Polarity.NEGATED : Polarity.DONE;
        }
        return polarity == null ? null
                : new Mention(topic.id(), polarity, section, start, end, document.text().substring(start, end));
    }

    /**
     * A negative event, neither admitted nor planned: denied by an absence word before it or a zero after it
     * ("未发生…", "败诉案件0件"); a clause about preventing it gives no mention (null). The general negation cues are
     * not used: in "因未依法履行职责被判决败诉" the 未 belongs to the cause, not to the event.
     */
    private static Polarity eventPolarity(String before, String from) {
        if (ABSENCE_BEFORE.matcher(before).find() || ZERO_AFTER.matcher(from).find()) {
            return Polarity.NEGATED;
        }
        return PREVENTION.matcher(before + from).find() ? null : Polarity.DONE;
    }
}
