package org.gapcheck.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.kie.api.definition.KiePackage;

/**
 * Compiled knowledge packages on disk, so that a run skips the DRL compiler when nothing it depends on changed. The key
 * is a SHA-256 of every rule source, the Drools and Java versions and the bytecode of the gapcheck classes the rules
 * import (a changed fact class makes compiled consequences stale even when the DRL is the same). A file that cannot be
 * read back — stale format, truncated, foreign — is deleted and rebuilt; files are written to a temporary name and
 * renamed, so a concurrent or interrupted run never leaves half a cache. Writing one prunes the folder to the
 * {@link #KEPT} rule sets used last.
 */
public final class RuleCache {

    private static final String MAGIC = "gapcheck-rules-1";
    /**
     * Rule sets kept, the most recently used: each a megabyte or two, and every edit of a catalogue or upgrade of
     * gapcheck leaves the old one behind, while a user switching between a few catalogues keeps each of them.
     */
    static final int KEPT = 8;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RULE_FILE = Pattern.compile("rules-[0-9a-f]{64}\\.bin");
    private static final Pattern HINT_FILE = Pattern.compile("catalogue-[0-9a-f]{64}\\.key");
    private static final Pattern GAPCHECK_IMPORT = Pattern.compile("^import\\s+(org\\.gapcheck\\.[\\w.]+);", Pattern.MULTILINE);
    /** What a cache file may contain: Drools' own classes, the JDK's, MVEL's and gapcheck's fact types; nothing else. */
    private static final ObjectInputFilter ONLY_RULE_CLASSES = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;org.gapcheck.**;!*");

    private final Path folder;

    private RuleCache(Path folder) {
        this.folder = folder;
    }

    /** The per-user cache folder: $GAPCHECK_CACHE_DIR, else the platform's cache location, under gapcheck/rules. */
    public static RuleCache forUser() {
        return new RuleCache(userCacheFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    public static RuleCache in(Path folder) {
        return new RuleCache(folder);
    }

    static Path userCacheFolder(Map<String, String> env, String osName, Path home) {
        if (env.get("GAPCHECK_CACHE_DIR") != null && !env.get("GAPCHECK_CACHE_DIR").isBlank()) {
            return Path.of(env.get("GAPCHECK_CACHE_DIR"));
        }
        Path base;
        if (osName.startsWith("Windows") && env.get("LOCALAPPDATA") != null) {
            base = Path.of(env.get("LOCALAPPDATA"));
        } else if (osName.startsWith("Mac")) {
            base = home.resolve("Library/Caches");
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            base = Path.of(env.get("XDG_CACHE_HOME"));
        } else {
            base = home.resolve(".cache");
        }
        return base.resolve("gapcheck").resolve("rules");
    }

    public Path folder() {
        return folder;
    }

    /** The cache key of these rule sources, as a file name. */
    static String key(List<String> drlSources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MAGIC);
            update(sha, Drools.getFullVersion());
            update(sha, String.valueOf(Runtime.version().feature()));
            TreeSet<String> imported = new TreeSet<>();
            for (String drl : drlSources) {
                update(sha, drl);
                Matcher m = GAPCHECK_IMPORT.matcher(drl);
                while (m.find()) {
                    imported.add(m.group(1));
                }
            }
            for (String className : imported) {
                update(sha, className);
                sha.update(bytecodeOf(className));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Optional<Collection<KiePackage>> read(String key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(file)),
                RuleCache.class.getClassLoader())) {
            in.setObjectInputFilter(ONLY_RULE_CLASSES);
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                throw new IOException("not this key's cache file");
            }
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            markUsed(file);
            return Optional.of(packages);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // Stale or damaged: the compiler will rebuild it.
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Best effort: a cache that cannot be written (read-only home, full disk) only costs the next run its compile. */
    void write(String key, Collection<KiePackage> packages) {
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                out.writeObject(new ArrayList<>(packages));
            }
            tmp = Files.createTempFile(folder, "rules-", ".tmp");
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, fileFor(key), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, fileFor(key), StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** A file's modification time is when it was last read or written, so that pruning keeps what is in use. */
    private static void markUsed(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException ignored) {
            // pruning may then take it for older than it is: it is rebuilt if needed again
        }
    }

    /** Deletes all but the {@link #KEPT} most recently used rule sets, and the catalogue hints that named the others. */
    private void prune() throws IOException {
        List<Path> ruleFiles;
        try (Stream<Path> files = Files.list(folder)) {
            ruleFiles = files.filter(f -> RULE_FILE.matcher(f.getFileName().toString()).matches()).toList();
        }
        Map<Path, FileTime> used = new HashMap<>();
        for (Path file : ruleFiles) {
            used.put(file, Files.getLastModifiedTime(file));
        }
        ruleFiles.stream().sorted(Comparator.comparing(used::get).reversed()).skip(KEPT)
                .forEach(RuleCache::deleteQuietly);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path hint : files.filter(f -> HINT_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                String key = Files.readString(hint, StandardCharsets.US_ASCII).strip();
                if (!KEY.matcher(key).matches() || !Files.exists(fileFor(key))) {
                    deleteQuietly(hint);
                }
            }
        }
    }

    /**
     * The key this catalogue source's rules had when they were last stored, so that reading them can begin while the
     * catalogue is still being parsed. Only a hint: the rules are used only when the key of the DRL generated from the
     * parsed catalogue turns out the same.
     */
    Optional<String> lastKeyFor(byte[] catalogueSource) {
        try {
            String key = Files.readString(keyFileFor(catalogueSource), StandardCharsets.US_ASCII).strip();
            return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Best effort, like {@link #write}. */
    void rememberKeyFor(byte[] catalogueSource, String key) {
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "catalogue-", ".tmp");
            Files.writeString(tmp, key, StandardCharsets.US_ASCII);
            Files.move(tmp, keyFileFor(catalogueSource), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private Path keyFileFor(byte[] catalogueSource) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MAGIC);
            sha.update(catalogueSource);
            return folder.resolve("catalogue-" + HexFormat.of().formatHex(sha.digest()) + ".key");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Path fileFor(String key) {
        return folder.resolve("rules-" + key + ".bin");
    }

    private static byte[] bytecodeOf(String className) {
        String resource = "/" + className.replace('.', '/') + ".class";
        try (InputStream in = RuleCache.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class imported by the rules is missing: " + className);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover is retried next time
        }
    }
}
