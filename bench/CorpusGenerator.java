import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds N synthetic annual reports from the seed reports, deterministically: the same arguments give byte-identical
 * files. Each report has a title with a made-up unit and a year, an opening paragraph, and the required parts in order,
 * each filled with paragraphs drawn from the same kind of part across all seeds, every number varied (value, and now and
 * then a hedge such as 约 / 余 / 以上) so that no two reports state the same figures.
 *
 * <pre>java bench/CorpusGenerator.java SEEDS_DIR OUT_DIR N [RANDOM_SEED]</pre>
 */
public final class CorpusGenerator {

    enum Part { ACHIEVEMENTS, LEADERSHIP, SHORTFALLS, PLANS }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    private static final String[] CITIES = {"天津市", "河北省石家庄市", "山西省太原市", "江苏省南京市", "浙江省杭州市",
            "安徽省合肥市", "福建省厦门市", "山东省青岛市", "河南省郑州市", "湖北省武汉市", "湖南省长沙市", "广东省佛山市",
            "四川省成都市", "贵州省贵阳市", "陕西省西安市", "甘肃省兰州市"};
    private static final String[] DISTRICTS = {"东城区", "西城区", "南山区", "北湖区", "新华区", "长安区", "和平区", "河西区",
            "高新区", "经开区", "城关区", "滨江区", "临江县", "清河县", "永安县", "平山县", "安宁区", "龙华区", "江北区", "金水区"};
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、(.*)$");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(%|件|次|项|个|人|名|条|场|家|万元|亿元|元)");

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("用法：java bench/CorpusGenerator.java SEEDS_DIR OUT_DIR N [RANDOM_SEED]");
            System.exit(2);
        }
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        long randomSeed = args.length > 3 ? Long.parseLong(args[3]) : 2021L;
        Map<Part, List<String>> pool = new EnumMap<>(Part.class);
        List<String> openings = new ArrayList<>();
        Map<Part, List<String>> headings = new EnumMap<>(Part.class);
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                collect(Files.readAllLines(seed, StandardCharsets.UTF_8), pool, headings, openings);
            }
        }
        Files.createDirectories(out);
        for (int i = 1; i <= n; i++) {
            Random random = new Random(randomSeed * 1_000_003L + i);
            Path file = out.resolve(String.format(Locale.ROOT, "report-%06d.txt", i));
            Files.writeString(file, report(random, pool, headings, openings), StandardCharsets.UTF_8);
        }
        System.out.println(n + " 份报告已写入 " + out);
    }


    private static void collect(List<String> lines, Map<Part, List<String>> pool, Map<Part, List<String>> headings,
                                List<String> openings) {
        Part current = null;
        boolean bodyStarted = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && line.length() <= 40) {
                current = partOf(heading.group(1));
                bodyStarted = true;
                if (current != null) {
                    headings.computeIfAbsent(current, p -> new ArrayList<>()).add(heading.group(1));
                }
            } else if (!bodyStarted && line.length() > 60 && !Character.isDigit(line.charAt(0)) && line.charAt(0) != '（') {
                openings.add(line);
            } else if (current != null && line.length() > 20) {
                pool.computeIfAbsent(current, p -> new ArrayList<>()).add(line);
            }
        }
    }

    private static Part partOf(String heading) {
        if (heading.contains("不足") || heading.contains("问题")) {
            return Part.SHORTFALLS;
        }
        if (heading.contains("安排") || heading.contains("计划") || heading.contains("下一")) {
            return Part.PLANS;
        }
        if (heading.contains("第一责任人")) {
            return Part.LEADERSHIP;
        }
        if (heading.contains("举措") || heading.contains("成效") || heading.contains("做法") || heading.contains("情况")) {
            return Part.ACHIEVEMENTS;
        }
        return null;
    }

    private static String report(Random random, Map<Part, List<String>> pool, Map<Part, List<String>> headings,
                                 List<String> openings) {
        int year = 2019 + random.nextInt(6);
        String unit = CITIES[random.nextInt(CITIES.length)] + DISTRICTS[random.nextInt(DISTRICTS.length)] + "人民政府";
        StringBuilder text = new StringBuilder();
        text.append(unit).append("关于").append(year).append("年度法治政府建设情况的报告\n\n");
        text.append(vary(pick(random, openings), random)).append("\n");
        int ordinal = 0;
        for (Part part : Part.values()) {
            if (part == Part.LEADERSHIP && random.nextInt(4) == 0 || !pool.containsKey(part)) {
                continue;
            }
            text.append(NUMERALS[ordinal++]).append("、").append(pick(random, headings.get(part))).append("\n");
            int paragraphs = part == Part.ACHIEVEMENTS ? 6 + random.nextInt(12) : 2 + random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                text.append(vary(pick(random, pool.get(part)), random)).append("\n");
            }
        }
        text.append("\n").append(unit).append("\n").append(year + 1).append("年").append(1 + random.nextInt(3))
                .append("月").append(1 + random.nextInt(28)).append("日\n");
        return text.toString();
    }

    /** Every figure changed: rates stay within 0–100, counts stay whole, a few gain a hedge. */
    private static String vary(String paragraph, Random random) {
        Matcher m = NUMBER.matcher(paragraph);
        StringBuilder varied = new StringBuilder();
        while (m.find()) {
            double value = Double.parseDouble(m.group(1)) * (0.5 + random.nextDouble());
            String unit = m.group(2);
            String number;
            if (unit.equals("%")) {
                number = String.format(Locale.ROOT, "%.2f", Math.min(100.0, value)).replaceAll("\\.?0+$", "");
            } else if (m.group(1).contains(".")) {
                number = String.format(Locale.ROOT, "%.1f", value);
            } else {
                number = Long.toString(Math.max(1, Math.round(value)));
            }
            String hedge = switch (random.nextInt(12)) {
                case 0 -> "约" + number + unit;
                case 1 -> unit.equals("%") ? number + unit + "以上" : number + "余" + unit;
                default -> number + unit;
            };
            m.appendReplacement(varied, Matcher.quoteReplacement(hedge));
        }
        m.appendTail(varied);
        return varied.toString();
    }

    private static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
